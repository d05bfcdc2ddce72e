// Data and observability: CloudWatch (logs, alarms, events), SNS, SQS, Kinesis, DynamoDB, RDS, ElastiCache, Redshift, OpenSearch Serverless, DMS.
import type { TableEntry } from '../types';
import { byId, byName, tags } from './common';

export const ENTRIES: Record<string, TableEntry> = {
  aws_cloudwatch_log_group: {
    cloudType: 'AWS::Logs::LogGroup',
    identifier: byName('name'),
    attributes: {
      name: { prop: 'LogGroupName', createOnly: true },
      // 0 means "never expire": CloudFormation leaves RetentionInDays unset.
      retention_in_days: { prop: 'RetentionInDays', transform: 'number', default: 0 },
      kms_key_id: { prop: 'KmsKeyId', default: '' },
      log_group_class: { prop: 'LogGroupClass', transform: 'enumCI', default: 'STANDARD' },
      tags,
    },
  },
  aws_sns_topic: {
    cloudType: 'AWS::SNS::Topic',
    // id is the topic ARN.
    identifier: byId,
    attributes: {
      name: { prop: 'TopicName', createOnly: true },
      display_name: { prop: 'DisplayName', default: '' },
      kms_master_key_id: { prop: 'KmsMasterKeyId', default: '' },
      fifo_topic: { prop: 'FifoTopic', transform: 'bool', createOnly: true, default: false },
      content_based_deduplication: { prop: 'ContentBasedDeduplication', transform: 'bool', default: false },
      signature_version: { prop: 'SignatureVersion', transform: 'number' },
      tracing_config: { prop: 'TracingConfig' },
      tags,
    },
  },
  aws_sqs_queue: {
    cloudType: 'AWS::SQS::Queue',
    // id is the queue URL.
    identifier: byId,
    attributes: {
      name: { prop: 'QueueName', createOnly: true },
      fifo_queue: { prop: 'FifoQueue', transform: 'bool', createOnly: true, default: false },
      content_based_deduplication: { prop: 'ContentBasedDeduplication', transform: 'bool', default: false },
      delay_seconds: { prop: 'DelaySeconds', transform: 'number', default: 0 },
      max_message_size: { prop: 'MaximumMessageSize', transform: 'number' },
      message_retention_seconds: { prop: 'MessageRetentionPeriod', transform: 'number', default: 345600 },
      receive_wait_time_seconds: { prop: 'ReceiveMessageWaitTimeSeconds', transform: 'number', default: 0 },
      visibility_timeout_seconds: { prop: 'VisibilityTimeout', transform: 'number', default: 30 },
      kms_master_key_id: { prop: 'KmsMasterKeyId' },
      kms_data_key_reuse_period_seconds: { prop: 'KmsDataKeyReusePeriodSeconds', transform: 'number', default: 300 },
      sqs_managed_sse_enabled: { prop: 'SqsManagedSseEnabled', transform: 'bool' },
      redrive_policy: { prop: 'RedrivePolicy', transform: 'json' },
      redrive_allow_policy: { prop: 'RedriveAllowPolicy', transform: 'json' },
      // `policy` is AWS::SQS::QueuePolicy in CloudFormation: not compared here.
      tags,
    },
  },
  aws_dynamodb_table: {
    cloudType: 'AWS::DynamoDB::Table',
    identifier: byName('name'),
    attributes: {
      name: { prop: 'TableName', createOnly: true },
      billing_mode: { prop: 'BillingMode', transform: 'enumCI', default: 'PROVISIONED' },
      hash_key: { prop: 'KeySchema', transform: { keySchema: 'HASH' } },
      range_key: { prop: 'KeySchema', transform: { keySchema: 'RANGE' } },
      read_capacity: { prop: 'ProvisionedThroughput/ReadCapacityUnits', transform: 'number' },
      write_capacity: { prop: 'ProvisionedThroughput/WriteCapacityUnits', transform: 'number' },
      attribute: {
        prop: 'AttributeDefinitions',
        set: true,
        items: { name: { prop: 'AttributeName' }, type: { prop: 'AttributeType' } },
      },
      table_class: { prop: 'TableClass', default: 'STANDARD' },
      deletion_protection_enabled: { prop: 'DeletionProtectionEnabled', transform: 'bool', default: false },
      stream_view_type: { prop: 'StreamSpecification/StreamViewType' },
      point_in_time_recovery: {
        prop: 'PointInTimeRecoverySpecification',
        single: true,
        items: { enabled: { prop: 'PointInTimeRecoveryEnabled', transform: 'bool', default: false } },
      },
      ttl: {
        prop: 'TimeToLiveSpecification',
        single: true,
        items: { attribute_name: { prop: 'AttributeName' }, enabled: { prop: 'Enabled', transform: 'bool' } },
      },
      tags,
    },
  },
  aws_db_instance: {
    cloudType: 'AWS::RDS::DBInstance',
    // Since provider v5 the id is the DbiResourceId; `identifier` holds the DB instance identifier.
    identifier: { state: [{ attr: 'identifier' }], config: ['identifier'] },
    attributes: {
      identifier: { prop: 'DBInstanceIdentifier', transform: 'enumCI', createOnly: true },
      engine: { prop: 'Engine', transform: 'enumCI' },
      engine_version: { prop: 'EngineVersion' },
      instance_class: { prop: 'DBInstanceClass' },
      allocated_storage: { prop: 'AllocatedStorage', transform: 'number' },
      max_allocated_storage: { prop: 'MaxAllocatedStorage', transform: 'number' },
      storage_type: { prop: 'StorageType', transform: 'enumCI' },
      storage_encrypted: { prop: 'StorageEncrypted', transform: 'bool', default: false },
      iops: { prop: 'Iops', transform: 'number' },
      multi_az: { prop: 'MultiAZ', transform: 'bool', default: false },
      publicly_accessible: { prop: 'PubliclyAccessible', transform: 'bool', default: false },
      username: { prop: 'MasterUsername', createOnly: true },
      password: { prop: 'MasterUserPassword', writeOnly: true },
      db_name: { prop: 'DBName', createOnly: true },
      port: { prop: 'Port', transform: 'number' },
      backup_retention_period: { prop: 'BackupRetentionPeriod', transform: 'number' },
      deletion_protection: { prop: 'DeletionProtection', transform: 'bool', default: false },
      db_subnet_group_name: { prop: 'DBSubnetGroupName' },
      parameter_group_name: { prop: 'DBParameterGroupName' },
      vpc_security_group_ids: { prop: 'VPCSecurityGroups', set: true },
      kms_key_id: { prop: 'KmsKeyId' },
      tags,
    },
  },
};
