// Databases and APIs: DynamoDB, RDS and Aurora, ElastiCache, Redshift, OpenSearch Serverless, DMS, Amazon MQ, API Gateway, AppSync.
import type { TableEntry } from '../types';
import { byName, tags } from './common';

export const ENTRIES: Record<string, TableEntry> = {
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
