// Storage: S3 buckets and the split bucket resources (sub-trees of AWS::S3::Bucket), S3 Access Grants, S3 Tables, S3 Vectors, EFS.
import type { AttributeMapping, IdentifierRule, TableEntry } from '../types';
import { byName, tags } from './common';

// The split bucket resources: their id is the bucket name (or "bucket,expected_bucket_owner", or "bucket:name" for
// the list elements), so the bucket comes from the `bucket` argument.
const ofBucket: IdentifierRule = { state: [{ attr: 'bucket' }], config: ['bucket'] };

// A filter of { prefix, tags } on one of the bucket's ...Configurations elements: top-level Prefix and TagFilters.
const prefixAndTags: Record<string, AttributeMapping> = {
  prefix: { prop: 'Prefix' },
  tags: { prop: 'TagFilters', transform: 'tags' },
};

// A lifecycle rule's filter: CloudFormation has no Filter object; prefix, size bounds and tag filters are the rule's
// own properties, whichever way Terraform spells the filter (filter.prefix, filter.and.prefix, filter.tag). The
// bounds are numeric strings in the model; the provider records an unset bound as 0.
const lifecycleSize: Record<string, AttributeMapping> = {
  object_size_greater_than: { prop: 'ObjectSizeGreaterThan', transform: 'number', default: 0 },
  object_size_less_than: { prop: 'ObjectSizeLessThan', transform: 'number', default: 0 },
};

const lifecycleRule: Record<string, AttributeMapping> = {
  id: { prop: 'Id' },
  status: { prop: 'Status' },
  prefix: { prop: 'Prefix' },
  filter: {
    prop: '',
    single: true,
    items: {
      prefix: { prop: 'Prefix' },
      ...lifecycleSize,
      tag: { prop: 'TagFilters', items: { key: { prop: 'Key' }, value: { prop: 'Value' } } },
      and: { prop: '', single: true, items: { prefix: { prop: 'Prefix' }, tags: { prop: 'TagFilters', transform: 'tags' }, ...lifecycleSize } },
    },
  },
  // expired_object_delete_marker is write-only in the schema (ExpiredObjectDeleteMarker): left out.
  expiration: { prop: '', single: true, items: { days: { prop: 'ExpirationInDays' }, date: { prop: 'ExpirationDate' } } },
  transition: {
    prop: 'Transitions',
    set: true,
    items: { days: { prop: 'TransitionInDays' }, date: { prop: 'TransitionDate' }, storage_class: { prop: 'StorageClass', transform: 'enumCI' } },
  },
  noncurrent_version_expiration: {
    prop: 'NoncurrentVersionExpiration',
    single: true,
    items: { noncurrent_days: { prop: 'NoncurrentDays' }, newer_noncurrent_versions: { prop: 'NewerNoncurrentVersions' } },
  },
  noncurrent_version_transition: {
    prop: 'NoncurrentVersionTransitions',
    set: true,
    items: {
      noncurrent_days: { prop: 'TransitionInDays' },
      newer_noncurrent_versions: { prop: 'NewerNoncurrentVersions' },
      storage_class: { prop: 'StorageClass', transform: 'enumCI' },
    },
  },
  abort_incomplete_multipart_upload: {
    prop: 'AbortIncompleteMultipartUpload',
    single: true,
    items: { days_after_initiation: { prop: 'DaysAfterInitiation' } },
  },
};

// A fresh { status } block each time: build.ts fills the items it is given in place.
const status = (): Record<string, AttributeMapping> => ({ status: { prop: 'Status' } });
const replicationRule: Record<string, AttributeMapping> = {
  id: { prop: 'Id' },
  priority: { prop: 'Priority' },
  status: { prop: 'Status' },
  filter: {
    prop: 'Filter',
    single: true,
    items: {
      prefix: { prop: 'Prefix' },
      tag: { prop: 'TagFilter', single: true, items: { key: { prop: 'Key' }, value: { prop: 'Value' } } },
      and: { prop: 'And', single: true, items: { prefix: { prop: 'Prefix' }, tags: { prop: 'TagFilters', transform: 'tags' } } },
    },
  },
  delete_marker_replication: { prop: 'DeleteMarkerReplication', single: true, items: status() },
  destination: {
    prop: 'Destination',
    single: true,
    items: {
      bucket: { prop: 'Bucket' },
      account: { prop: 'Account' },
      storage_class: { prop: 'StorageClass' },
      access_control_translation: { prop: 'AccessControlTranslation', single: true, items: { owner: { prop: 'Owner' } } },
      encryption_configuration: { prop: 'EncryptionConfiguration', single: true, items: { replica_kms_key_id: { prop: 'ReplicaKmsKeyID' } } },
      metrics: {
        prop: 'Metrics',
        single: true,
        items: { ...status(), event_threshold: { prop: 'EventThreshold', single: true, items: { minutes: { prop: 'Minutes' } } } },
      },
      replication_time: {
        prop: 'ReplicationTime',
        single: true,
        items: { ...status(), time: { prop: 'Time', single: true, items: { minutes: { prop: 'Minutes' } } } },
      },
    },
  },
  source_selection_criteria: {
    prop: 'SourceSelectionCriteria',
    single: true,
    items: {
      replica_modifications: { prop: 'ReplicaModifications', single: true, items: status() },
      sse_kms_encrypted_objects: { prop: 'SseKmsEncryptedObjects', single: true, items: status() },
    },
  },
};

// The deprecated inline blocks are Optional+Computed: the state mirrors what the split resource set, so comparing
// them would report the split resource's changes on the bucket.
const inline = (split: string) => `deprecated inline form, not compared: ${split} compares it`;

export const ENTRIES: Record<string, TableEntry> = {
  aws_s3_bucket: {
    cloudType: 'AWS::S3::Bucket',
    // id is the bucket name.
    identifier: byName('bucket'),
    attributes: {
      bucket: { prop: 'BucketName', createOnly: true },
      object_lock_enabled: { prop: 'ObjectLockEnabled', transform: 'bool', default: false },
      tags,
    },
    notCompared: {
      bucket_prefix: 'only the generated name is in AWS',
      force_destroy: 'Terraform-only',
      acl: 'AccessControl is write-only in AWS::S3::Bucket',
      policy: 'the bucket policy is AWS::S3::BucketPolicy (aws_s3_bucket_policy)',
      request_payer: 'AWS::S3::Bucket has no request payment property',
      grant: 'ACL grants are not in AWS::S3::Bucket\'s model',
      acceleration_status: inline('aws_s3_bucket_accelerate_configuration'),
      cors_rule: inline('aws_s3_bucket_cors_configuration'),
      lifecycle_rule: inline('aws_s3_bucket_lifecycle_configuration'),
      logging: inline('aws_s3_bucket_logging'),
      object_lock_configuration: inline('aws_s3_bucket_object_lock_configuration'),
      replication_configuration: inline('aws_s3_bucket_replication_configuration'),
      server_side_encryption_configuration: inline('aws_s3_bucket_server_side_encryption_configuration'),
      versioning: inline('aws_s3_bucket_versioning'),
      website: inline('aws_s3_bucket_website_configuration'),
    },
  },
  aws_s3_bucket_versioning: {
    cloudType: 'AWS::S3::Bucket',
    identifier: ofBucket,
    subResource: true,
    identityAttributes: ['bucket', 'expected_bucket_owner'],
    attributes: {
      versioning_configuration: {
        prop: 'VersioningConfiguration',
        single: true,
        // "Disabled" (never versioned) is a bucket without VersioningConfiguration.
        items: { status: { prop: 'Status', transform: 'enumCI', default: 'Disabled' } },
      },
    },
    notCompared: {
      'versioning_configuration.mfa_delete': 'not part of AWS::S3::Bucket\'s model',
      mfa: 'the MFA device and code are sent with the request, never read back',
    },
  },
  aws_s3_bucket_public_access_block: {
    cloudType: 'AWS::S3::Bucket',
    // id is the bucket name.
    identifier: ofBucket,
    subResource: true,
    identityAttributes: ['bucket'],
    attributes: {
      block_public_acls: { prop: 'PublicAccessBlockConfiguration/BlockPublicAcls', transform: 'bool', default: false },
      block_public_policy: { prop: 'PublicAccessBlockConfiguration/BlockPublicPolicy', transform: 'bool', default: false },
      ignore_public_acls: { prop: 'PublicAccessBlockConfiguration/IgnorePublicAcls', transform: 'bool', default: false },
      restrict_public_buckets: { prop: 'PublicAccessBlockConfiguration/RestrictPublicBuckets', transform: 'bool', default: false },
    },
    notCompared: { skip_destroy: 'Terraform-only' },
  },
  aws_s3_bucket_server_side_encryption_configuration: {
    cloudType: 'AWS::S3::Bucket',
    identifier: ofBucket,
    subResource: true,
    identityAttributes: ['bucket', 'expected_bucket_owner'],
    attributes: {
      rule: {
        prop: 'BucketEncryption/ServerSideEncryptionConfiguration',
        set: true,
        items: {
          apply_server_side_encryption_by_default: {
            prop: 'ServerSideEncryptionByDefault',
            single: true,
            items: {
              sse_algorithm: { prop: 'SSEAlgorithm' },
              kms_master_key_id: { prop: 'KMSMasterKeyID' },
            },
          },
          bucket_key_enabled: { prop: 'BucketKeyEnabled', transform: 'bool', default: false },
        },
      },
    },
    notCompared: { 'rule.blocked_encryption_types': 'not in AWS::S3::Bucket\'s model' },
  },
  aws_s3_bucket_policy: {
    cloudType: 'AWS::S3::BucketPolicy',
    // id is the bucket name, the primary identifier.
    identifier: byName('bucket'),
    attributes: {
      bucket: { prop: 'Bucket', createOnly: true },
      policy: { prop: 'PolicyDocument', transform: 'json' },
    },
  },
  aws_s3_bucket_lifecycle_configuration: {
    cloudType: 'AWS::S3::Bucket',
    identifier: ofBucket,
    subResource: true,
    identityAttributes: ['bucket', 'expected_bucket_owner'],
    attributes: {
      // S3 gives the rules no order: compared as a set.
      rule: { prop: 'LifecycleConfiguration/Rules', set: true, items: lifecycleRule },
      transition_default_minimum_object_size: { prop: 'LifecycleConfiguration/TransitionDefaultMinimumObjectSize', default: 'all_storage_classes_128K' },
    },
    notCompared: {
      'rule.expiration.expired_object_delete_marker': 'ExpiredObjectDeleteMarker is write-only in AWS::S3::Bucket',
    },
  },
  aws_s3_bucket_logging: {
    cloudType: 'AWS::S3::Bucket',
    identifier: ofBucket,
    subResource: true,
    identityAttributes: ['bucket', 'expected_bucket_owner'],
    attributes: {
      target_bucket: { prop: 'LoggingConfiguration/DestinationBucketName' },
      target_prefix: { prop: 'LoggingConfiguration/LogFilePrefix', default: '' },
      target_object_key_format: {
        prop: 'LoggingConfiguration/TargetObjectKeyFormat',
        single: true,
        items: {
          partitioned_prefix: { prop: 'PartitionedPrefix', single: true, items: { partition_date_source: { prop: 'PartitionDateSource' } } },
          simple_prefix: { prop: 'SimplePrefix', single: true, items: {} },
        },
      },
    },
    notCompared: { target_grant: 'log delivery ACL grants are not in AWS::S3::Bucket\'s model' },
  },
  aws_s3_bucket_ownership_controls: {
    cloudType: 'AWS::S3::Bucket',
    identifier: ofBucket,
    subResource: true,
    identityAttributes: ['bucket'],
    attributes: {
      rule: { prop: 'OwnershipControls/Rules', items: { object_ownership: { prop: 'ObjectOwnership' } } },
    },
  },
  aws_s3_bucket_cors_configuration: {
    cloudType: 'AWS::S3::Bucket',
    identifier: ofBucket,
    subResource: true,
    identityAttributes: ['bucket', 'expected_bucket_owner'],
    attributes: {
      cors_rule: {
        prop: 'CorsConfiguration/CorsRules',
        set: true,
        items: {
          id: { prop: 'Id' },
          allowed_headers: { prop: 'AllowedHeaders', set: true },
          allowed_methods: { prop: 'AllowedMethods', set: true },
          allowed_origins: { prop: 'AllowedOrigins', set: true },
          expose_headers: { prop: 'ExposedHeaders', set: true },
          max_age_seconds: { prop: 'MaxAge' },
        },
      },
    },
  },
  aws_s3_bucket_notification: {
    cloudType: 'AWS::S3::Bucket',
    identifier: ofBucket,
    subResource: true,
    identityAttributes: ['bucket'],
    attributes: {
      eventbridge: { prop: 'NotificationConfiguration/EventBridgeConfiguration/EventBridgeEnabled', transform: 'bool', default: false },
    },
    notCompared: {
      lambda_function:
        'one block with N events and a prefix/suffix filter is N LambdaConfigurations of one Event each, with Filter.S3Key.Rules [{Name, Value}]: a regrouping the engine has no rule for',
      queue: 'as lambda_function: N QueueConfigurations of one Event each',
      topic: 'as lambda_function: N TopicConfigurations of one Event each',
    },
  },
  aws_s3_bucket_replication_configuration: {
    cloudType: 'AWS::S3::Bucket',
    identifier: ofBucket,
    subResource: true,
    identityAttributes: ['bucket'],
    attributes: {
      role: { prop: 'ReplicationConfiguration/Role' },
      // Priority, not the order, decides between rules: compared as a set.
      rule: { prop: 'ReplicationConfiguration/Rules', set: true, items: replicationRule },
    },
    notCompared: {
      token: 'the object lock token is sent with the request, never read back',
      'rule.prefix': 'Prefix is write-only in ReplicationConfiguration rules',
      'rule.existing_object_replication': 'not in AWS::S3::Bucket\'s model',
    },
  },
  aws_s3_bucket_object_lock_configuration: {
    cloudType: 'AWS::S3::Bucket',
    identifier: ofBucket,
    subResource: true,
    identityAttributes: ['bucket', 'expected_bucket_owner'],
    attributes: {
      object_lock_enabled: { prop: 'ObjectLockConfiguration/ObjectLockEnabled', default: 'Enabled' },
      // rule.default_retention { mode, days, years } is Rule.DefaultRetention { Mode, Days, Years }.
      rule: { prop: 'ObjectLockConfiguration/Rule' },
    },
    notCompared: { token: 'the object lock token is sent with the request, never read back' },
  },
  aws_s3_bucket_website_configuration: {
    cloudType: 'AWS::S3::Bucket',
    identifier: ofBucket,
    subResource: true,
    identityAttributes: ['bucket', 'expected_bucket_owner'],
    attributes: {
      // Terraform's one-argument blocks are plain strings in WebsiteConfiguration.
      index_document: { prop: 'WebsiteConfiguration', single: true, items: { suffix: { prop: 'IndexDocument' } } },
      error_document: { prop: 'WebsiteConfiguration', single: true, items: { key: { prop: 'ErrorDocument' } } },
      redirect_all_requests_to: {
        prop: 'WebsiteConfiguration/RedirectAllRequestsTo',
        single: true,
        items: { host_name: { prop: 'HostName' }, protocol: { prop: 'Protocol' } },
      },
      // Routing rules apply in order: compared in order.
      routing_rule: {
        prop: 'WebsiteConfiguration/RoutingRules',
        items: {
          condition: {
            prop: 'RoutingRuleCondition',
            single: true,
            items: { http_error_code_returned_equals: { prop: 'HttpErrorCodeReturnedEquals' }, key_prefix_equals: { prop: 'KeyPrefixEquals' } },
          },
          redirect: {
            prop: 'RedirectRule',
            single: true,
            items: {
              host_name: { prop: 'HostName' },
              http_redirect_code: { prop: 'HttpRedirectCode' },
              protocol: { prop: 'Protocol' },
              replace_key_prefix_with: { prop: 'ReplaceKeyPrefixWith' },
              replace_key_with: { prop: 'ReplaceKeyWith' },
            },
          },
        },
      },
    },
    notCompared: {
      routing_rules: 'the JSON form uses the S3 API names (Condition, Redirect), not the model\'s (RoutingRuleCondition, RedirectRule): compared through routing_rule only',
    },
  },
  aws_s3_bucket_accelerate_configuration: {
    cloudType: 'AWS::S3::Bucket',
    identifier: ofBucket,
    subResource: true,
    identityAttributes: ['bucket', 'expected_bucket_owner'],
    attributes: { status: { prop: 'AccelerateConfiguration/AccelerationStatus' } },
  },
  // The four bucket "...Configurations" list types: one element, keyed by its Id (the resource's name); id is
  // "bucket:name".
  aws_s3_bucket_analytics_configuration: {
    cloudType: 'AWS::S3::Bucket',
    importId: '{bucket}:{name}',
    identifier: ofBucket,
    identityAttributes: ['bucket'],
    member: {
      prop: 'AnalyticsConfigurations',
      key: { Id: 'name' },
      attributes: {
        filter: { prop: '', single: true, items: prefixAndTags },
        storage_class_analysis: {
          prop: 'StorageClassAnalysis',
          single: true,
          items: {
            data_export: {
              prop: 'DataExport',
              single: true,
              items: {
                output_schema_version: { prop: 'OutputSchemaVersion', default: 'V_1' },
                // destination.s3_bucket_destination is DataExport.Destination itself.
                destination: {
                  prop: 'Destination',
                  single: true,
                  items: {
                    s3_bucket_destination: {
                      prop: '',
                      single: true,
                      items: {
                        bucket_arn: { prop: 'BucketArn' },
                        bucket_account_id: { prop: 'BucketAccountId' },
                        format: { prop: 'Format' },
                        prefix: { prop: 'Prefix' },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
  aws_s3_bucket_intelligent_tiering_configuration: {
    cloudType: 'AWS::S3::Bucket',
    importId: '{bucket}:{name}',
    identifier: ofBucket,
    identityAttributes: ['bucket'],
    member: {
      prop: 'IntelligentTieringConfigurations',
      key: { Id: 'name' },
      attributes: {
        status: { prop: 'Status', default: 'Enabled' },
        filter: { prop: '', single: true, items: prefixAndTags },
        tiering: { prop: 'Tierings', set: true, items: { access_tier: { prop: 'AccessTier' }, days: { prop: 'Days' } } },
      },
    },
  },
  aws_s3_bucket_inventory: {
    cloudType: 'AWS::S3::Bucket',
    importId: '{bucket}:{name}',
    identifier: ofBucket,
    identityAttributes: ['bucket'],
    member: {
      prop: 'InventoryConfigurations',
      key: { Id: 'name' },
      attributes: {
        enabled: { prop: 'Enabled', transform: 'bool', default: true },
        included_object_versions: { prop: 'IncludedObjectVersions' },
        optional_fields: { prop: 'OptionalFields', set: true },
        schedule: { prop: '', single: true, items: { frequency: { prop: 'ScheduleFrequency' } } },
        filter: { prop: '', single: true, items: { prefix: { prop: 'Prefix' } } },
        destination: {
          prop: 'Destination',
          single: true,
          items: {
            // destination.bucket is the Destination itself; its encryption block is not in the model.
            bucket: {
              prop: '',
              single: true,
              items: {
                bucket_arn: { prop: 'BucketArn' },
                account_id: { prop: 'BucketAccountId' },
                format: { prop: 'Format' },
                prefix: { prop: 'Prefix' },
              },
            },
          },
        },
      },
    },
    notCompared: { 'destination.bucket.encryption': 'the report encryption is not in AWS::S3::Bucket\'s InventoryConfiguration' },
  },
  aws_s3_bucket_metric: {
    cloudType: 'AWS::S3::Bucket',
    importId: '{bucket}:{name}',
    identifier: ofBucket,
    identityAttributes: ['bucket'],
    member: {
      prop: 'MetricsConfigurations',
      key: { Id: 'name' },
      attributes: {
        filter: { prop: '', single: true, items: { ...prefixAndTags, access_point: { prop: 'AccessPointArn' } } },
      },
    },
  },
  aws_s3_directory_bucket: {
    cloudType: 'AWS::S3Express::DirectoryBucket',
    // id is the bucket name (name--azid--x-s3), the primary identifier.
    identifier: byName('bucket'),
    attributes: {
      bucket: { prop: 'BucketName', createOnly: true },
      data_redundancy: { prop: 'DataRedundancy', createOnly: true, default: 'SingleAvailabilityZone' },
      location: { prop: '', single: true, items: { name: { prop: 'LocationName', createOnly: true } } },
      tags,
    },
    notCompared: {
      force_destroy: 'Terraform-only',
      type: 'always "Directory"; not in the model',
      'location.type': 'implied by LocationName (an Availability Zone or Local Zone id)',
    },
  },
  aws_s3_access_point: {
    cloudType: 'AWS::S3::AccessPoint',
    importId: '{account_id}:{name}',
    // id is "account_id:name" (an ARN on Outposts); the primary identifier is the name.
    identifier: { state: [{ attr: 'name' }], config: ['name'] },
    attributes: {
      name: { prop: 'Name', createOnly: true },
      bucket: { prop: 'Bucket', createOnly: true },
      bucket_account_id: { prop: 'BucketAccountId', createOnly: true },
      policy: { prop: 'Policy', transform: 'json' },
      public_access_block_configuration: { prop: 'PublicAccessBlockConfiguration', createOnly: true },
      vpc_configuration: { prop: 'VpcConfiguration', createOnly: true },
      tags,
    },
    notCompared: { account_id: 'the account the provider calls in: not in the model' },
  },
  aws_s3control_access_grant: {
    cloudType: 'AWS::S3::AccessGrant',
    // id is "account_id,access_grant_id"; the primary identifier is the grant id.
    identifier: { state: [{ id: true, split: ',', index: 1 }] },
    importId: '{account_id},{0}',
    same: ['access_grants_location_id', 'access_grants_location_configuration', 'grantee', 'permission', 'tags'],
    notCompared: {
      account_id: 'the account the provider calls in: not in the model',
      s3_prefix_type: 'write-only in the schema (never returned); fixed when the grant is created',
    },
  },
  aws_s3tables_table_bucket: {
    cloudType: 'AWS::S3Tables::TableBucket',
    // No id: the state's arn is the primary identifier.
    identifier: { state: [{ attr: 'arn' }] },
    attributes: {
      name: { prop: 'TableBucketName', createOnly: true },
      encryption_configuration: { prop: 'EncryptionConfiguration' },
      tags,
    },
    notCompared: {
      force_destroy: 'Terraform-only',
      maintenance_configuration:
        'an HCL object (not a block) whose names differ from UnreferencedFileRemoval\'s: hand-written items only produce block lists',
    },
  },
  aws_s3tables_table_bucket_policy: {
    cloudType: 'AWS::S3Tables::TableBucketPolicy',
    identifier: { state: [{ attr: 'table_bucket_arn' }], config: ['table_bucket_arn'] },
    attributes: {
      table_bucket_arn: { prop: 'TableBucketARN', createOnly: true },
      resource_policy: { prop: 'ResourcePolicy', transform: 'json' },
    },
  },
  aws_s3tables_namespace: {
    cloudType: 'AWS::S3Tables::Namespace',
    importId: '{table_bucket_arn};{namespace}',
    // primaryIdentifier is TableBucketARN|Namespace, both arguments.
    identifier: { state: [{ attr: 'table_bucket_arn' }, { attr: 'namespace' }], config: ['table_bucket_arn', 'namespace'] },
    attributes: {
      table_bucket_arn: { prop: 'TableBucketARN', createOnly: true },
      namespace: { prop: 'Namespace', createOnly: true },
    },
  },
  aws_s3tables_table: {
    cloudType: 'AWS::S3Tables::Table',
    importId: '{table_bucket_arn};{namespace};{name}',
    // No id: the state's arn (…:bucket/<bucket>/table/<table id>) is the primary identifier.
    identifier: { state: [{ attr: 'arn' }] },
    attributes: {
      name: { prop: 'TableName' },
      namespace: { prop: 'Namespace' },
      table_bucket_arn: { prop: 'TableBucketARN', createOnly: true },
      format: { prop: 'OpenTableFormat', createOnly: true },
      tags,
    },
    notCompared: {
      encryption_configuration: 'AWS::S3Tables::Table has no encryption property',
      maintenance_configuration:
        'an HCL object (not a block) whose names differ from Compaction and SnapshotManagement: hand-written items only produce block lists',
      metadata: 'IcebergMetadata is write-only',
    },
  },
  aws_s3tables_table_policy: {
    cloudType: 'AWS::S3Tables::TablePolicy',
    // The primary identifier is the table's ARN, which the policy's state does not hold: it is the arn of the table
    // the code's `name` refers to.
    identifier: { state: [{ ref: 'name', attr: 'arn' }] },
    importId: '{table_bucket_arn};{namespace};{name}',
    identityAttributes: ['table_bucket_arn', 'namespace', 'name'],
    attributes: { resource_policy: { prop: 'ResourcePolicy', transform: 'json' } },
  },
  aws_s3vectors_vector_bucket: {
    cloudType: 'AWS::S3Vectors::VectorBucket',
    identifier: { state: [{ attr: 'vector_bucket_arn' }] },
    attributes: {
      vector_bucket_name: { prop: 'VectorBucketName', createOnly: true },
      encryption_configuration: { prop: 'EncryptionConfiguration', createOnly: true },
      tags,
    },
    notCompared: { force_destroy: 'Terraform-only' },
  },
  aws_s3vectors_vector_bucket_policy: {
    cloudType: 'AWS::S3Vectors::VectorBucketPolicy',
    identifier: { state: [{ attr: 'vector_bucket_arn' }], config: ['vector_bucket_arn'] },
    attributes: {
      vector_bucket_arn: { prop: 'VectorBucketArn', createOnly: true },
      policy: { prop: 'Policy', transform: 'json' },
    },
  },
  aws_s3vectors_index: {
    cloudType: 'AWS::S3Vectors::Index',
    identifier: { state: [{ attr: 'index_arn' }] },
    same: ['data_type', 'dimension', 'distance_metric', 'index_name', 'vector_bucket_name', 'tags'],
  },
};
