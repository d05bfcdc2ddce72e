// Observability and messaging: CloudWatch (logs, alarms, metrics), EventBridge, SNS, SQS, Kinesis.
import type { AttributeMapping, TableEntry } from '../types';
import { byId, byName, tags } from './common';

/**
 * SNS delivery-status logging: `<proto>_success_feedback_role_arn` and friends are fields of the DeliveryStatusLogging
 * element of that protocol (`http` is `http/s`).
 */
const feedback = (tf: string, protocol: string): Record<string, Partial<AttributeMapping>> => {
  const field = (f: string): Partial<AttributeMapping> => ({ prop: 'DeliveryStatusLogging', transform: { where: { Protocol: protocol }, field: f } });
  return {
    [`${tf}_success_feedback_role_arn`]: field('SuccessFeedbackRoleArn'),
    [`${tf}_failure_feedback_role_arn`]: field('FailureFeedbackRoleArn'),
    // A number in Terraform, a numeric string in the model.
    [`${tf}_success_feedback_sample_rate`]: field('SuccessFeedbackSampleRate'),
  };
};

/** Firehose's `cloudwatch_logging_options` block (CloudWatchLoggingOptions). */
const firehoseLogging: AttributeMapping = {
  prop: 'CloudWatchLoggingOptions',
  single: true,
  items: {
    enabled: { prop: 'Enabled', transform: 'bool', default: false },
    log_group_name: { prop: 'LogGroupName' },
    log_stream_name: { prop: 'LogStreamName' },
  },
};

export const ENTRIES: Record<string, TableEntry> = {
  // ---------------------------------------------------------------------------------------------------------------
  // CloudWatch Logs

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
    notCompared: {
      name_prefix: 'only the generated name is in AWS',
      skip_destroy: 'Terraform-only',
      deletion_protection_enabled: 'AWS::Logs::LogGroup has no such property',
    },
  },
  aws_cloudwatch_log_stream: {
    cloudType: 'AWS::Logs::LogStream',
    // id is the stream name; primaryIdentifier is LogGroupName|LogStreamName.
    identifier: { state: [{ attr: 'log_group_name' }, { attr: 'name' }], config: ['log_group_name', 'name'] },
    attributes: {
      name: { prop: 'LogStreamName', createOnly: true },
      log_group_name: { prop: 'LogGroupName', createOnly: true },
    },
  },
  aws_cloudwatch_log_metric_filter: {
    cloudType: 'AWS::Logs::MetricFilter',
    // id is the filter name; primaryIdentifier is LogGroupName|FilterName.
    identifier: { state: [{ attr: 'log_group_name' }, { attr: 'name' }], config: ['log_group_name', 'name'] },
    same: ['apply_on_transformed_logs'],
    attributes: {
      name: { prop: 'FilterName', createOnly: true },
      log_group_name: { prop: 'LogGroupName', createOnly: true },
      pattern: { prop: 'FilterPattern' },
      // One block in Terraform, a list of one in CloudFormation.
      metric_transformation: {
        prop: 'MetricTransformations',
        items: {
          name: { prop: 'MetricName' },
          namespace: { prop: 'MetricNamespace' },
          value: { prop: 'MetricValue' },
          // A string in Terraform, a number in CloudFormation.
          default_value: { prop: 'DefaultValue', transform: 'number' },
          unit: { prop: 'Unit', default: 'None' },
          dimensions: { prop: 'Dimensions', transform: 'tags' },
        },
      },
    },
  },
  aws_cloudwatch_log_subscription_filter: {
    cloudType: 'AWS::Logs::SubscriptionFilter',
    // id is "cwlsf-<hash>"; primaryIdentifier is FilterName|LogGroupName.
    identifier: { state: [{ attr: 'name' }, { attr: 'log_group_name' }], config: ['name', 'log_group_name'] },
    same: ['destination_arn', 'filter_pattern', 'role_arn'],
    attributes: {
      name: { prop: 'FilterName', createOnly: true },
      log_group_name: { prop: 'LogGroupName', createOnly: true },
      distribution: { prop: 'Distribution', default: 'ByLogStream' },
    },
  },
  aws_cloudwatch_log_resource_policy: {
    cloudType: 'AWS::Logs::ResourcePolicy',
    identifier: byName('policy_name'),
    same: ['policy_document'],
    attributes: { policy_name: { prop: 'PolicyName', createOnly: true } },
  },
  aws_cloudwatch_log_data_protection_policy: {
    cloudType: 'AWS::Logs::LogGroup',
    // The log group's DataProtectionPolicy; id is the log group name.
    identifier: { state: [{ attr: 'log_group_name' }], config: ['log_group_name'] },
    subResource: true,
    identityAttributes: ['log_group_name'],
    attributes: { policy_document: { prop: 'DataProtectionPolicy', transform: 'json' } },
  },
  aws_cloudwatch_query_definition: {
    cloudType: 'AWS::Logs::QueryDefinition',
    // id is the generated query definition id, the primary identifier.
    identifier: byId,
    same: ['name', 'query_string', 'log_group_names'],
  },
  aws_cloudwatch_log_delivery_source: {
    cloudType: 'AWS::Logs::DeliverySource',
    identifier: byName('name'),
    same: ['log_type', 'tags'],
    attributes: { name: { prop: 'Name', createOnly: true } },
    notCompared: { resource_arn: 'write-only in the model (the read-only ResourceArns holds it, and read-only properties are not compared)' },
  },
  aws_cloudwatch_log_delivery_destination: {
    cloudType: 'AWS::Logs::DeliveryDestination',
    identifier: byName('name'),
    same: ['tags'],
    attributes: {
      name: { prop: 'Name', createOnly: true },
      delivery_destination_type: { prop: 'DeliveryDestinationType', createOnly: true },
      output_format: { prop: 'OutputFormat', createOnly: true },
      delivery_destination_configuration: {
        prop: '',
        single: true,
        items: { destination_resource_arn: { prop: 'DestinationResourceArn', createOnly: true } },
      },
    },
  },
  aws_cloudwatch_log_delivery: {
    cloudType: 'AWS::Logs::Delivery',
    // id is the delivery id, the primary identifier.
    identifier: byId,
    same: ['field_delimiter', 'record_fields', 'tags'],
    attributes: {
      delivery_source_name: { prop: 'DeliverySourceName', createOnly: true },
      delivery_destination_arn: { prop: 'DeliveryDestinationArn', createOnly: true },
      s3_delivery_configuration: {
        prop: '',
        single: true,
        items: {
          suffix_path: { prop: 'S3SuffixPath' },
          enable_hive_compatible_path: { prop: 'S3EnableHiveCompatiblePath', transform: 'bool', default: false },
        },
      },
    },
  },

  // ---------------------------------------------------------------------------------------------------------------
  // CloudWatch alarms and dashboards

  aws_cloudwatch_metric_alarm: {
    cloudType: 'AWS::CloudWatch::Alarm',
    identifier: byName('alarm_name'),
    same: [
      'alarm_description', 'comparison_operator', 'evaluation_periods', 'datapoints_to_alarm', 'threshold', 'threshold_metric_id',
      'metric_name', 'namespace', 'period', 'statistic', 'extended_statistic', 'unit', 'alarm_actions', 'ok_actions',
      'insufficient_data_actions', 'tags',
    ],
    attributes: {
      alarm_name: { prop: 'AlarmName', createOnly: true },
      actions_enabled: { prop: 'ActionsEnabled', transform: 'bool', default: true },
      treat_missing_data: { prop: 'TreatMissingData', default: 'missing' },
      evaluate_low_sample_count_percentiles: { prop: 'EvaluateLowSampleCountPercentile' },
      // A map in Terraform, a list of {Name, Value} in AWS.
      dimensions: { prop: 'Dimensions', transform: { mapOf: ['Name', 'Value'] } },
      metric_query: {
        prop: 'Metrics',
        set: true,
        items: {
          id: { prop: 'Id' },
          expression: { prop: 'Expression' },
          label: { prop: 'Label' },
          return_data: { prop: 'ReturnData', transform: 'bool' },
          period: { prop: 'Period', transform: 'number' },
          account_id: { prop: 'AccountId' },
          metric: {
            prop: 'MetricStat',
            single: true,
            items: {
              metric_name: { prop: 'Metric/MetricName' },
              namespace: { prop: 'Metric/Namespace' },
              dimensions: { prop: 'Metric/Dimensions', transform: { mapOf: ['Name', 'Value'] } },
              period: { prop: 'Period', transform: 'number' },
              stat: { prop: 'Stat' },
              unit: { prop: 'Unit' },
            },
          },
        },
      },
    },
  },
  aws_cloudwatch_composite_alarm: {
    cloudType: 'AWS::CloudWatch::CompositeAlarm',
    identifier: byName('alarm_name'),
    same: ['alarm_description', 'alarm_rule', 'alarm_actions', 'ok_actions', 'insufficient_data_actions', 'tags'],
    attributes: {
      alarm_name: { prop: 'AlarmName', createOnly: true },
      actions_enabled: { prop: 'ActionsEnabled', transform: 'bool', default: true },
      // A block in Terraform, three top-level properties in CloudFormation.
      actions_suppressor: {
        prop: '',
        single: true,
        items: {
          alarm: { prop: 'ActionsSuppressor' },
          extension_period: { prop: 'ActionsSuppressorExtensionPeriod', transform: 'number' },
          wait_period: { prop: 'ActionsSuppressorWaitPeriod', transform: 'number' },
        },
      },
    },
  },
  aws_cloudwatch_dashboard: {
    cloudType: 'AWS::CloudWatch::Dashboard',
    identifier: byName('dashboard_name'),
    attributes: {
      dashboard_name: { prop: 'DashboardName', createOnly: true },
      // A JSON text on both sides.
      dashboard_body: { prop: 'DashboardBody', transform: 'json' },
    },
  },

  // ---------------------------------------------------------------------------------------------------------------
  // EventBridge

  aws_cloudwatch_event_rule: {
    cloudType: 'AWS::Events::Rule',
    // id is the rule name ("bus/name" on a custom bus); the primary identifier is the rule's ARN.
    identifier: { state: [{ attr: 'arn' }] },
    same: ['description', 'event_pattern', 'schedule_expression', 'role_arn', 'tags'],
    attributes: {
      name: { prop: 'Name', createOnly: true },
      event_bus_name: { prop: 'EventBusName', default: 'default' },
      state: { prop: 'State', default: 'ENABLED' },
      // Deprecated spelling of `state`.
      is_enabled: { prop: 'State', transform: { boolToString: ['ENABLED', 'DISABLED'] }, default: true },
    },
    notCompared: {
      name_prefix: 'only the generated name is in AWS',
      force_destroy: 'Terraform-only',
    },
  },
  aws_cloudwatch_event_target: {
    cloudType: 'AWS::Events::Rule',
    // One element of the rule's Targets, found by its Id. The rule's identifier, its ARN, is not in the target's
    // state: it is the arn of the rule the code's `rule` refers to.
    identifier: { state: [{ ref: 'rule', attr: 'arn' }] },
    identityAttributes: ['rule', 'event_bus_name'],
    importId: '{rule}/{target_id}',
    member: {
      prop: 'Targets',
      key: { Id: 'target_id' },
      attributes: {
        arn: { prop: 'Arn' },
        role_arn: { prop: 'RoleArn' },
        // A JSON text on both sides: compared as documents.
        input: { prop: 'Input' },
        input_path: { prop: 'InputPath' },
        input_transformer: {
          prop: 'InputTransformer',
          single: true,
          items: { input_paths: { prop: 'InputPathsMap' }, input_template: { prop: 'InputTemplate' } },
        },
        dead_letter_config: { prop: 'DeadLetterConfig' },
        retry_policy: { prop: 'RetryPolicy' },
        sqs_target: { prop: 'SqsParameters' },
        kinesis_target: { prop: 'KinesisParameters' },
        http_target: { prop: 'HttpParameters' },
      },
    },
    notCompared: {
      ecs_target: 'its network configuration and placement are shaped differently from EcsParameters',
      batch_target: 'its array size and attempts are nested differently in BatchParameters',
      run_command_targets: 'not mapped yet',
      redshift_target: 'not mapped yet',
      sagemaker_pipeline_target: 'not mapped yet',
      appsync_target: 'not mapped yet',
      force_destroy: 'Terraform-only',
    },
  },
  aws_cloudwatch_event_bus: {
    cloudType: 'AWS::Events::EventBus',
    identifier: byName('name'),
    same: ['description', 'kms_key_identifier', 'dead_letter_config', 'log_config', 'tags'],
    attributes: { name: { prop: 'Name', createOnly: true } },
    notCompared: { event_source_name: 'write-only in the model' },
  },
  aws_cloudwatch_event_bus_policy: {
    cloudType: 'AWS::Events::EventBus',
    // The bus's whole resource policy; id is the bus name.
    identifier: { state: [{ attr: 'event_bus_name' }], config: ['event_bus_name'] },
    subResource: true,
    identityAttributes: ['event_bus_name'],
    attributes: { policy: { prop: 'Policy', transform: 'json' } },
  },
  aws_cloudwatch_event_permission: {
    cloudType: 'AWS::Events::EventBusPolicy',
    // One statement of the bus policy; id is "statement_id" or "bus/statement_id", primaryIdentifier EventBusName|StatementId.
    identifier: { state: [{ attr: 'event_bus_name' }, { attr: 'statement_id' }], config: ['event_bus_name', 'statement_id'] },
    identityAttributes: ['event_bus_name', 'statement_id'],
    // Action, Principal and Condition are write-only; the statement as AWS holds it is readable.
    attributes: { action: { prop: 'Statement/Action', default: 'events:PutEvents' } },
    notCompared: {
      principal: 'write-only; in the readable Statement an account id becomes Principal.AWS = its root ARN, which no transform expresses',
      condition: 'write-only; in the readable Statement it is {type: {key: value}}, which no transform expresses',
    },
  },

  // ---------------------------------------------------------------------------------------------------------------
  // SNS

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
      fifo_throughput_scope: { prop: 'FifoThroughputScope' },
      archive_policy: { prop: 'ArchivePolicy', transform: 'json' },
      signature_version: { prop: 'SignatureVersion', transform: 'number' },
      tracing_config: { prop: 'TracingConfig' },
      ...feedback('application', 'application'),
      ...feedback('firehose', 'firehose'),
      ...feedback('http', 'http/s'),
      ...feedback('lambda', 'lambda'),
      ...feedback('sqs', 'sqs'),
      tags,
    },
    notCompared: {
      name_prefix: 'only the generated name is in AWS',
      policy: 'AWS::SNS::TopicInlinePolicy (aws_sns_topic_policy) in CloudFormation',
      delivery_policy: 'AWS::SNS::Topic has no such property',
    },
  },
  aws_sns_topic_policy: {
    cloudType: 'AWS::SNS::TopicInlinePolicy',
    // id and arn are the topic ARN, the primary identifier.
    identifier: { state: [{ attr: 'arn' }], config: ['arn'] },
    identityAttributes: ['arn'],
    attributes: { policy: { prop: 'PolicyDocument', transform: 'json' } },
  },
  aws_sns_topic_subscription: {
    cloudType: 'AWS::SNS::Subscription',
    // id is the subscription ARN.
    identifier: byId,
    same: ['subscription_role_arn', 'delivery_policy', 'filter_policy', 'redrive_policy', 'replay_policy'],
    attributes: {
      topic_arn: { prop: 'TopicArn', createOnly: true },
      protocol: { prop: 'Protocol', createOnly: true },
      endpoint: { prop: 'Endpoint', createOnly: true },
      raw_message_delivery: { prop: 'RawMessageDelivery', transform: 'bool', default: false },
      filter_policy_scope: { prop: 'FilterPolicyScope', default: 'MessageAttributes' },
    },
    notCompared: {
      confirmation_timeout_in_minutes: 'Terraform-only',
      endpoint_auto_confirms: 'Terraform-only',
    },
  },

  // ---------------------------------------------------------------------------------------------------------------
  // SQS

  aws_sqs_queue: {
    cloudType: 'AWS::SQS::Queue',
    // id is the queue URL.
    identifier: byId,
    attributes: {
      name: { prop: 'QueueName', createOnly: true },
      fifo_queue: { prop: 'FifoQueue', transform: 'bool', createOnly: true, default: false },
      content_based_deduplication: { prop: 'ContentBasedDeduplication', transform: 'bool', default: false },
      deduplication_scope: { prop: 'DeduplicationScope' },
      fifo_throughput_limit: { prop: 'FifoThroughputLimit' },
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
      tags,
    },
    notCompared: {
      name_prefix: 'only the generated name is in AWS',
      policy: 'AWS::SQS::QueueInlinePolicy (aws_sqs_queue_policy) in CloudFormation',
    },
  },
  aws_sqs_queue_policy: {
    cloudType: 'AWS::SQS::QueueInlinePolicy',
    // id and queue_url are the queue URL, the primary identifier (Queue).
    identifier: { state: [{ attr: 'queue_url' }], config: ['queue_url'] },
    identityAttributes: ['queue_url'],
    attributes: { policy: { prop: 'PolicyDocument', transform: 'json' } },
  },
  aws_sqs_queue_redrive_policy: {
    cloudType: 'AWS::SQS::Queue',
    // The queue's RedrivePolicy; id is the queue URL.
    identifier: { state: [{ attr: 'queue_url' }], config: ['queue_url'] },
    subResource: true,
    identityAttributes: ['queue_url'],
    attributes: { redrive_policy: { prop: 'RedrivePolicy', transform: 'json' } },
  },
  aws_sqs_queue_redrive_allow_policy: {
    cloudType: 'AWS::SQS::Queue',
    // The queue's RedriveAllowPolicy; id is the queue URL.
    identifier: { state: [{ attr: 'queue_url' }], config: ['queue_url'] },
    subResource: true,
    identityAttributes: ['queue_url'],
    attributes: { redrive_allow_policy: { prop: 'RedriveAllowPolicy', transform: 'json' } },
  },

  // ---------------------------------------------------------------------------------------------------------------
  // Kinesis

  aws_kinesis_stream: {
    cloudType: 'AWS::Kinesis::Stream',
    // id is the stream ARN; the primary identifier is the name.
    identifier: { state: [{ attr: 'name' }], config: ['name'] },
    same: ['shard_count', 'stream_mode_details', 'tags'],
    attributes: {
      name: { prop: 'Name', createOnly: true },
      retention_period: { prop: 'RetentionPeriodHours', transform: 'number', default: 24 },
      shard_level_metrics: { prop: 'DesiredShardLevelMetrics', set: true },
      // No StreamEncryption in the model means no encryption.
      encryption_type: { prop: 'StreamEncryption/EncryptionType', default: 'NONE' },
      kms_key_id: { prop: 'StreamEncryption/KeyId' },
      max_record_size_in_kib: { prop: 'MaxRecordSizeInKiB', transform: 'number' },
    },
    notCompared: { enforce_consumer_deletion: 'Terraform-only' },
  },
  aws_kinesis_firehose_delivery_stream: {
    cloudType: 'AWS::KinesisFirehose::DeliveryStream',
    // id is the stream ARN; the primary identifier is the name.
    identifier: { state: [{ attr: 'name' }], config: ['name'] },
    same: ['msk_source_configuration', 'tags'],
    attributes: {
      name: { prop: 'DeliveryStreamName', createOnly: true },
      server_side_encryption: {
        prop: 'DeliveryStreamEncryptionConfigurationInput',
        single: true,
        items: { key_type: { prop: 'KeyType' }, key_arn: { prop: 'KeyARN' } },
      },
      extended_s3_configuration: {
        prop: 'ExtendedS3DestinationConfiguration',
        single: true,
        items: {
          bucket_arn: { prop: 'BucketARN' },
          role_arn: { prop: 'RoleARN' },
          prefix: { prop: 'Prefix' },
          error_output_prefix: { prop: 'ErrorOutputPrefix' },
          buffering_size: { prop: 'BufferingHints/SizeInMBs', transform: 'number', default: 5 },
          buffering_interval: { prop: 'BufferingHints/IntervalInSeconds', transform: 'number', default: 300 },
          compression_format: { prop: 'CompressionFormat', default: 'UNCOMPRESSED' },
          kms_key_arn: { prop: 'EncryptionConfiguration/KMSEncryptionConfig/AWSKMSKeyARN' },
          s3_backup_mode: { prop: 'S3BackupMode', default: 'Disabled' },
          cloudwatch_logging_options: firehoseLogging,
        },
      },
    },
    notCompared: {
      destination: 'no property: which destination configuration is present says it',
      'server_side_encryption.enabled': 'no property: DeliveryStreamEncryptionConfigurationInput is absent when encryption is off',
      kinesis_source_configuration: 'write-only in the model',
      'extended_s3_configuration.custom_time_zone, .file_extension': 'write-only in the model',
      'extended_s3_configuration.processing_configuration, .data_format_conversion_configuration, .dynamic_partitioning_configuration, .s3_backup_configuration':
        'not mapped yet',
      'elasticsearch_, opensearch_, opensearchserverless_, snowflake_, iceberg_configuration': 'write-only in the model',
      'http_endpoint_, redshift_, splunk_configuration': 'not mapped yet',
    },
  },

  // ---------------------------------------------------------------------------------------------------------------
  // MSK (Kafka)

  aws_msk_configuration: {
    cloudType: 'AWS::MSK::Configuration',
    // id is the configuration ARN, the primary identifier.
    identifier: byId,
    same: ['name', 'description'],
    attributes: { kafka_versions: { prop: 'KafkaVersionsList', set: true } },
    notCompared: { server_properties: 'write-only (ServerProperties): never returned by reads' },
  },
  aws_msk_cluster: {
    cloudType: 'AWS::MSK::Cluster',
    // id is the cluster ARN, the primary identifier.
    identifier: byId,
    same: ['cluster_name', 'kafka_version', 'number_of_broker_nodes', 'configuration_info', 'logging_info', 'open_monitoring', 'rebalancing', 'tags'],
    attributes: {
      enhanced_monitoring: { default: 'DEFAULT' },
      storage_mode: { default: 'LOCAL' },
      broker_node_group_info: {
        prop: 'BrokerNodeGroupInfo',
        single: true,
        items: {
          instance_type: { prop: 'InstanceType' },
          client_subnets: { prop: 'ClientSubnets', set: true },
          security_groups: { prop: 'SecurityGroups', set: true },
          az_distribution: { prop: 'BrokerAZDistribution', default: 'DEFAULT' },
          storage_info: {
            prop: 'StorageInfo',
            single: true,
            items: {
              ebs_storage_info: {
                prop: 'EBSStorageInfo',
                single: true,
                items: {
                  volume_size: { prop: 'VolumeSize' },
                  provisioned_throughput: {
                    prop: 'ProvisionedThroughput',
                    single: true,
                    items: { enabled: { prop: 'Enabled', default: false }, volume_throughput: { prop: 'VolumeThroughput' } },
                  },
                },
              },
            },
          },
          connectivity_info: {
            prop: 'ConnectivityInfo',
            single: true,
            items: {
              public_access: { prop: 'PublicAccess', single: true, items: { type: { prop: 'Type', default: 'DISABLED' } } },
              // Booleans in Terraform, {Enabled} objects in the model.
              vpc_connectivity: {
                prop: 'VpcConnectivity',
                single: true,
                items: {
                  client_authentication: {
                    prop: 'ClientAuthentication',
                    single: true,
                    items: {
                      tls: { prop: 'Tls/Enabled', default: false },
                      sasl: { prop: 'Sasl', single: true, items: { iam: { prop: 'Iam/Enabled', default: false }, scram: { prop: 'Scram/Enabled', default: false } } },
                    },
                  },
                },
              },
            },
          },
        },
      },
      // Booleans in Terraform, {Enabled} objects in the model.
      client_authentication: {
        prop: 'ClientAuthentication',
        single: true,
        items: {
          unauthenticated: { prop: 'Unauthenticated/Enabled', default: false },
          sasl: { prop: 'Sasl', single: true, items: { iam: { prop: 'Iam/Enabled', default: false }, scram: { prop: 'Scram/Enabled', default: false } } },
          tls: { prop: 'Tls', single: true, items: { certificate_authority_arns: { prop: 'CertificateAuthorityArnList', set: true } } },
        },
      },
      encryption_info: {
        prop: 'EncryptionInfo',
        single: true,
        items: {
          encryption_at_rest_kms_key_arn: { prop: 'EncryptionAtRest/DataVolumeKMSKeyId' },
          encryption_in_transit: {
            prop: 'EncryptionInTransit',
            single: true,
            items: { client_broker: { prop: 'ClientBroker', default: 'TLS' }, in_cluster: { prop: 'InCluster', default: true } },
          },
        },
      },
    },
  },
  aws_msk_scram_secret_association: {
    cloudType: 'AWS::MSK::BatchScramSecret',
    // id and cluster_arn are the cluster ARN, the primary identifier.
    identifier: { state: [{ attr: 'cluster_arn' }], config: ['cluster_arn'] },
    identityAttributes: ['cluster_arn'],
    same: ['secret_arn_list'],
  },
};
