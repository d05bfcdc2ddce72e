// Observability and messaging: CloudWatch (logs, alarms, metrics), EventBridge, SNS, SQS, Kinesis.
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
};
