// Databases and APIs: DynamoDB, RDS and Aurora, ElastiCache, Redshift, OpenSearch, DMS, Amazon MQ, API Gateway, AppSync.
import type { AttributeMapping, TableEntry } from '../types';
import { byId, byName, tags } from './common';

/** `parameter { name, value }` blocks against the model's map of name to value: the names the code sets. */
const parameters = (prop: string): Partial<AttributeMapping> => ({ prop, transform: { blocksAsMap: ['name', 'value'] } });

export const ENTRIES: Record<string, TableEntry> = {
  // ---------------------------------------------------------------------------------------------------------------
  // DynamoDB

  aws_dynamodb_table: {
    cloudType: 'AWS::DynamoDB::Table',
    // id is the table name.
    identifier: byName('name'),
    same: ['on_demand_throughput', 'warm_throughput'],
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
      global_secondary_index: {
        prop: 'GlobalSecondaryIndexes',
        set: true,
        items: {
          name: { prop: 'IndexName' },
          hash_key: { prop: 'KeySchema', transform: { keySchema: 'HASH' } },
          range_key: { prop: 'KeySchema', transform: { keySchema: 'RANGE' } },
          projection_type: { prop: 'Projection/ProjectionType' },
          non_key_attributes: { prop: 'Projection/NonKeyAttributes', set: true },
          read_capacity: { prop: 'ProvisionedThroughput/ReadCapacityUnits', transform: 'number' },
          write_capacity: { prop: 'ProvisionedThroughput/WriteCapacityUnits', transform: 'number' },
        },
      },
      local_secondary_index: {
        prop: 'LocalSecondaryIndexes',
        set: true,
        items: {
          name: { prop: 'IndexName' },
          range_key: { prop: 'KeySchema', transform: { keySchema: 'RANGE' } },
          projection_type: { prop: 'Projection/ProjectionType' },
          non_key_attributes: { prop: 'Projection/NonKeyAttributes', set: true },
        },
      },
      table_class: { prop: 'TableClass', default: 'STANDARD' },
      deletion_protection_enabled: { prop: 'DeletionProtectionEnabled', transform: 'bool', default: false },
      stream_view_type: { prop: 'StreamSpecification/StreamViewType' },
      point_in_time_recovery: {
        prop: 'PointInTimeRecoverySpecification',
        single: true,
        items: {
          enabled: { prop: 'PointInTimeRecoveryEnabled', transform: 'bool', default: false },
          recovery_period_in_days: { prop: 'RecoveryPeriodInDays', transform: 'number' },
        },
      },
      // Without it AWS encrypts with its own key and the model has no SSESpecification (or SSEEnabled false).
      server_side_encryption: {
        prop: 'SSESpecification',
        single: true,
        items: { enabled: { prop: 'SSEEnabled', transform: 'bool', default: false }, kms_key_arn: { prop: 'KMSMasterKeyId' } },
      },
      ttl: {
        prop: 'TimeToLiveSpecification',
        single: true,
        items: { attribute_name: { prop: 'AttributeName' }, enabled: { prop: 'Enabled', transform: 'bool', default: false } },
      },
      tags,
    },
    notCompared: {
      stream_enabled: 'the model says it by the presence of StreamSpecification, which stream_view_type compares',
      replica: 'replicas are AWS::DynamoDB::GlobalTable\'s; AWS::DynamoDB::Table has none',
      global_table_witness: 'a global table setting: AWS::DynamoDB::Table has none',
      import_table: 'ImportSourceSpecification is write-only',
      restore_source_name: 'a restore is an action at creation: no property',
      restore_source_table_arn: 'a restore is an action at creation: no property',
      restore_date_time: 'a restore is an action at creation: no property',
      restore_to_latest_time: 'a restore is an action at creation: no property',
    },
  },

  // ---------------------------------------------------------------------------------------------------------------
  // RDS

  aws_db_instance: {
    cloudType: 'AWS::RDS::DBInstance',
    // Since provider v5 the id is the DbiResourceId; `identifier` holds the DB instance identifier.
    identifier: { state: [{ attr: 'identifier' }], config: ['identifier'] },
    same: [
      'availability_zone', 'character_set_name', 'custom_iam_instance_profile', 'database_insights_mode', 'dedicated_log_volume',
      'domain', 'domain_auth_secret_arn', 'domain_dns_ips', 'domain_fqdn', 'domain_iam_role_name', 'domain_ou',
      'engine_lifecycle_support', 'license_model', 'manage_master_user_password', 'monitoring_role_arn', 'nchar_character_set_name',
      'option_group_name', 'performance_insights_kms_key_id', 'performance_insights_retention_period', 'replica_mode',
      'storage_throughput', 'timezone', 'backup_target',
    ],
    attributes: {
      identifier: { prop: 'DBInstanceIdentifier', transform: 'enumCI', createOnly: true },
      engine: { prop: 'Engine', transform: 'enumCI' },
      // The code may give a major version (`16`) that AWS completes (`16.4`).
      engine_version: { prop: 'EngineVersion', transform: 'versionPrefix' },
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
      master_user_secret_kms_key_id: { prop: 'MasterUserSecret/KmsKeyId' },
      db_name: { prop: 'DBName', createOnly: true },
      port: { prop: 'Port', transform: 'number' },
      backup_retention_period: { prop: 'BackupRetentionPeriod', transform: 'number' },
      // RDS keeps both windows in lower case; the provider lower-cases maintenance_window too.
      backup_window: { prop: 'PreferredBackupWindow', transform: 'enumCI' },
      maintenance_window: { prop: 'PreferredMaintenanceWindow', transform: 'enumCI' },
      auto_minor_version_upgrade: { prop: 'AutoMinorVersionUpgrade', transform: 'bool', default: true },
      copy_tags_to_snapshot: { prop: 'CopyTagsToSnapshot', transform: 'bool', default: false },
      deletion_protection: { prop: 'DeletionProtection', transform: 'bool', default: false },
      iam_database_authentication_enabled: { prop: 'EnableIAMDatabaseAuthentication', transform: 'bool', default: false },
      performance_insights_enabled: { prop: 'EnablePerformanceInsights', transform: 'bool', default: false },
      monitoring_interval: { prop: 'MonitoringInterval', transform: 'number', default: 0 },
      enabled_cloudwatch_logs_exports: { prop: 'EnableCloudwatchLogsExports', set: true },
      ca_cert_identifier: { prop: 'CACertificateIdentifier' },
      network_type: { prop: 'NetworkType', transform: 'enumCI', default: 'IPV4' },
      db_subnet_group_name: { prop: 'DBSubnetGroupName', transform: 'enumCI' },
      parameter_group_name: { prop: 'DBParameterGroupName', transform: 'enumCI' },
      vpc_security_group_ids: { prop: 'VPCSecurityGroups', set: true },
      kms_key_id: { prop: 'KmsKeyId' },
      tags,
    },
    notCompared: {
      identifier_prefix: 'only the generated identifier is in AWS',
      password_wo: 'write-only (MasterUserPassword)',
      password_wo_version: 'Terraform-only',
      apply_immediately: 'write-only (ApplyImmediately)',
      allow_major_version_upgrade: 'write-only (AllowMajorVersionUpgrade)',
      delete_automated_backups: 'write-only (DeleteAutomatedBackups)',
      snapshot_identifier: 'write-only (DBSnapshotIdentifier)',
      replicate_source_db: 'write-only (SourceDBInstanceIdentifier)',
      restore_to_point_in_time: 'write-only (RestoreTime, SourceDBInstanceIdentifier ...)',
      s3_import: 'a restore from S3 at creation: no property',
      blue_green_update: 'how Terraform applies changes: no property',
      upgrade_storage_config: 'an action on apply: no property',
      customer_owned_ip_enabled: 'RDS on Outposts: no property',
      final_snapshot_identifier: 'Terraform-only (used on destroy)',
      skip_final_snapshot: 'Terraform-only (used on destroy)',
    },
  },
  aws_db_instance_role_association: {
    cloudType: 'AWS::RDS::DBInstance',
    // One element of the instance's AssociatedRoles; id is "db_instance_identifier,role_arn".
    identifier: { state: [{ attr: 'db_instance_identifier' }], config: ['db_instance_identifier'] },
    identityAttributes: ['db_instance_identifier'],
    member: {
      prop: 'AssociatedRoles',
      key: { RoleArn: 'role_arn' },
      attributes: { feature_name: { prop: 'FeatureName' } },
    },
  },
  aws_db_subnet_group: {
    cloudType: 'AWS::RDS::DBSubnetGroup',
    // id is the group name; RDS keeps it in lower case.
    identifier: byName('name'),
    same: ['subnet_ids', 'tags'],
    attributes: {
      name: { prop: 'DBSubnetGroupName', transform: 'enumCI', createOnly: true },
      description: { prop: 'DBSubnetGroupDescription', default: 'Managed by Terraform' },
    },
    notCompared: { name_prefix: 'only the generated name is in AWS' },
  },
  aws_db_parameter_group: {
    cloudType: 'AWS::RDS::DBParameterGroup',
    // id is the group name; RDS keeps it in lower case.
    identifier: byName('name'),
    same: ['family', 'tags'],
    attributes: {
      name: { prop: 'DBParameterGroupName', transform: 'enumCI', createOnly: true },
      description: { prop: 'Description', createOnly: true, default: 'Managed by Terraform' },
      parameter: parameters('Parameters'),
    },
    notCompared: {
      name_prefix: 'only the generated name is in AWS',
      skip_destroy: 'Terraform-only',
    },
  },
  aws_db_option_group: {
    cloudType: 'AWS::RDS::OptionGroup',
    // id is the option group name; RDS keeps it in lower case.
    identifier: byName('name'),
    same: ['engine_name', 'major_engine_version', 'tags'],
    attributes: {
      name: { prop: 'OptionGroupName', transform: 'enumCI', createOnly: true },
      option_group_description: { prop: 'OptionGroupDescription', default: 'Managed by Terraform' },
      option: {
        prop: 'OptionConfigurations',
        set: true,
        items: {
          option_name: { prop: 'OptionName' },
          port: { prop: 'Port', transform: 'number' },
          version: { prop: 'OptionVersion' },
          db_security_group_memberships: { prop: 'DBSecurityGroupMemberships', set: true },
          vpc_security_group_memberships: { prop: 'VpcSecurityGroupMemberships', set: true },
          option_settings: { prop: 'OptionSettings', set: true, items: { name: { prop: 'Name' }, value: { prop: 'Value' } } },
        },
      },
    },
    notCompared: { name_prefix: 'only the generated name is in AWS', skip_destroy: 'Terraform-only' },
  },
  aws_db_proxy: {
    cloudType: 'AWS::RDS::DBProxy',
    // id is the proxy name.
    identifier: byName('name'),
    same: [
      'debug_logging', 'default_auth_scheme', 'engine_family', 'idle_client_timeout', 'require_tls', 'role_arn',
      'vpc_security_group_ids', 'vpc_subnet_ids', 'tags',
    ],
    attributes: {
      name: { prop: 'DBProxyName', createOnly: true },
      auth: {
        prop: 'Auth',
        set: true,
        items: {
          auth_scheme: { prop: 'AuthScheme' },
          client_password_auth_type: { prop: 'ClientPasswordAuthType' },
          description: { prop: 'Description' },
          iam_auth: { prop: 'IAMAuth', default: 'DISABLED' },
          secret_arn: { prop: 'SecretArn' },
        },
      },
    },
    notCompared: { 'auth.username': 'AWS::RDS::DBProxy\'s Auth has no user name (the secret holds it)' },
  },
  aws_db_event_subscription: {
    cloudType: 'AWS::RDS::EventSubscription',
    // id is the subscription name.
    identifier: byName('name'),
    same: ['event_categories', 'source_ids', 'source_type', 'tags'],
    attributes: {
      name: { prop: 'SubscriptionName', createOnly: true },
      sns_topic: { prop: 'SnsTopicArn', createOnly: true },
      enabled: { prop: 'Enabled', transform: 'bool', default: true },
    },
    notCompared: { name_prefix: 'only the generated name is in AWS' },
  },

  // ---------------------------------------------------------------------------------------------------------------
  // Aurora

  aws_rds_cluster: {
    cloudType: 'AWS::RDS::DBCluster',
    // id is the cluster identifier.
    identifier: byName('cluster_identifier'),
    same: [
      'allocated_storage', 'availability_zones', 'backtrack_window', 'backup_retention_period', 'database_insights_mode',
      'database_name', 'db_cluster_instance_class', 'db_system_id', 'domain', 'domain_iam_role_name', 'engine_lifecycle_support',
      'engine_version', 'global_cluster_identifier', 'iops', 'kms_key_id', 'manage_master_user_password', 'master_username',
      'monitoring_role_arn', 'performance_insights_kms_key_id', 'performance_insights_retention_period', 'port',
      'replication_source_identifier', 'storage_type', 'vpc_security_group_ids', 'scaling_configuration',
      'serverlessv2_scaling_configuration', 'tags',
    ],
    attributes: {
      engine_version: { transform: 'versionPrefix' },
      cluster_identifier: { prop: 'DBClusterIdentifier', transform: 'enumCI', createOnly: true },
      engine: { prop: 'Engine', transform: 'enumCI' },
      engine_mode: { prop: 'EngineMode', transform: 'enumCI', default: 'provisioned' },
      db_cluster_parameter_group_name: { prop: 'DBClusterParameterGroupName', transform: 'enumCI' },
      db_subnet_group_name: { prop: 'DBSubnetGroupName', transform: 'enumCI' },
      // RDS keeps both windows in lower case.
      preferred_backup_window: { prop: 'PreferredBackupWindow', transform: 'enumCI' },
      preferred_maintenance_window: { prop: 'PreferredMaintenanceWindow', transform: 'enumCI' },
      copy_tags_to_snapshot: { prop: 'CopyTagsToSnapshot', transform: 'bool', default: false },
      deletion_protection: { prop: 'DeletionProtection', transform: 'bool', default: false },
      storage_encrypted: { prop: 'StorageEncrypted', transform: 'bool', default: false },
      enable_http_endpoint: { prop: 'EnableHttpEndpoint', transform: 'bool', default: false },
      enable_global_write_forwarding: { prop: 'EnableGlobalWriteForwarding', transform: 'bool', default: false },
      enable_local_write_forwarding: { prop: 'EnableLocalWriteForwarding', transform: 'bool', default: false },
      iam_database_authentication_enabled: { prop: 'EnableIAMDatabaseAuthentication', transform: 'bool', default: false },
      performance_insights_enabled: { prop: 'PerformanceInsightsEnabled', transform: 'bool', default: false },
      monitoring_interval: { prop: 'MonitoringInterval', transform: 'number', default: 0 },
      network_type: { prop: 'NetworkType', transform: 'enumCI', default: 'IPV4' },
      enabled_cloudwatch_logs_exports: { prop: 'EnableCloudwatchLogsExports', set: true },
      master_user_secret_kms_key_id: { prop: 'MasterUserSecret/KmsKeyId' },
      // The role ARNs of AssociatedRoles (aws_rds_cluster_role_association adds a feature name).
      iam_roles: { prop: 'AssociatedRoles', transform: { listOf: 'RoleArn' }, set: true },
    },
    notCompared: {
      cluster_identifier_prefix: 'only the generated identifier is in AWS',
      master_password: 'write-only (MasterUserPassword)',
      master_password_wo: 'write-only (MasterUserPassword)',
      master_password_wo_version: 'Terraform-only',
      cluster_members: 'the instances are AWS::RDS::DBInstance resources (aws_rds_cluster_instance)',
      ca_certificate_identifier: 'AWS::RDS::DBCluster has no CA certificate property',
      db_instance_parameter_group_name: 'write-only (DBInstanceParameterGroupName)',
      delete_automated_backups: 'write-only (DeleteAutomatedBackups)',
      cluster_scalability_type: 'write-only (ClusterScalabilityType)',
      snapshot_identifier: 'write-only (SnapshotIdentifier)',
      source_region: 'write-only (SourceRegion)',
      restore_to_point_in_time: 'write-only (RestoreToTime, RestoreType, SourceDBClusterIdentifier ...)',
      s3_import: 'a restore from S3 at creation: no property',
      allow_major_version_upgrade: 'how Terraform applies changes: no property',
      apply_immediately: 'how Terraform applies changes: no property',
      final_snapshot_identifier: 'Terraform-only (used on destroy)',
      skip_final_snapshot: 'Terraform-only (used on destroy)',
    },
  },
  aws_rds_cluster_instance: {
    cloudType: 'AWS::RDS::DBInstance',
    // An instance of a cluster; id is the DB instance identifier.
    identifier: byName('identifier'),
    same: [
      'availability_zone', 'custom_iam_instance_profile', 'monitoring_role_arn', 'performance_insights_kms_key_id',
      'performance_insights_retention_period', 'engine_version', 'tags',
    ],
    attributes: {
      engine_version: { transform: 'versionPrefix' },
      identifier: { prop: 'DBInstanceIdentifier', transform: 'enumCI', createOnly: true },
      cluster_identifier: { prop: 'DBClusterIdentifier', transform: 'enumCI', createOnly: true },
      engine: { prop: 'Engine', transform: 'enumCI' },
      instance_class: { prop: 'DBInstanceClass' },
      db_parameter_group_name: { prop: 'DBParameterGroupName', transform: 'enumCI' },
      db_subnet_group_name: { prop: 'DBSubnetGroupName', transform: 'enumCI' },
      ca_cert_identifier: { prop: 'CACertificateIdentifier' },
      preferred_backup_window: { prop: 'PreferredBackupWindow', transform: 'enumCI' },
      preferred_maintenance_window: { prop: 'PreferredMaintenanceWindow', transform: 'enumCI' },
      auto_minor_version_upgrade: { prop: 'AutoMinorVersionUpgrade', transform: 'bool', default: true },
      copy_tags_to_snapshot: { prop: 'CopyTagsToSnapshot', transform: 'bool', default: false },
      publicly_accessible: { prop: 'PubliclyAccessible', transform: 'bool', default: false },
      performance_insights_enabled: { prop: 'EnablePerformanceInsights', transform: 'bool', default: false },
      monitoring_interval: { prop: 'MonitoringInterval', transform: 'number', default: 0 },
      promotion_tier: { prop: 'PromotionTier', transform: 'number' },
    },
    notCompared: {
      identifier_prefix: 'only the generated identifier is in AWS',
      apply_immediately: 'write-only (ApplyImmediately)',
      force_destroy: 'Terraform-only',
    },
  },
  aws_rds_cluster_parameter_group: {
    cloudType: 'AWS::RDS::DBClusterParameterGroup',
    // id is the group name; RDS keeps it in lower case.
    identifier: byName('name'),
    same: ['family', 'tags'],
    attributes: {
      name: { prop: 'DBClusterParameterGroupName', transform: 'enumCI', createOnly: true },
      description: { prop: 'Description', createOnly: true, default: 'Managed by Terraform' },
      parameter: parameters('Parameters'),
    },
    notCompared: { name_prefix: 'only the generated name is in AWS' },
  },
  aws_rds_global_cluster: {
    cloudType: 'AWS::RDS::GlobalCluster',
    // id is the global cluster identifier.
    identifier: byName('global_cluster_identifier'),
    same: ['engine_lifecycle_support', 'engine_version', 'source_db_cluster_identifier', 'tags'],
    attributes: {
      engine_version: { transform: 'versionPrefix' },
      global_cluster_identifier: { prop: 'GlobalClusterIdentifier', createOnly: true },
      engine: { prop: 'Engine', createOnly: true },
      deletion_protection: { prop: 'DeletionProtection', transform: 'bool', default: false },
      storage_encrypted: { prop: 'StorageEncrypted', transform: 'bool', default: false },
    },
    notCompared: { database_name: 'AWS::RDS::GlobalCluster has no database name property', force_destroy: 'Terraform-only' },
  },

  // ---------------------------------------------------------------------------------------------------------------
  // ElastiCache

  aws_elasticache_subnet_group: {
    cloudType: 'AWS::ElastiCache::SubnetGroup',
    // id is the group name; ElastiCache keeps it in lower case.
    identifier: byName('name'),
    same: ['subnet_ids', 'tags'],
    attributes: {
      name: { prop: 'CacheSubnetGroupName', transform: 'enumCI', createOnly: true },
      description: { prop: 'Description', default: 'Managed by Terraform' },
    },
  },
  aws_elasticache_parameter_group: {
    cloudType: 'AWS::ElastiCache::ParameterGroup',
    // id is the group name (read-only in the model: CloudFormation generates one when it creates the group).
    identifier: byName('name'),
    same: ['tags'],
    attributes: {
      family: { prop: 'CacheParameterGroupFamily', createOnly: true },
      description: { prop: 'Description', default: 'Managed by Terraform' },
      parameter: parameters('Properties'),
    },
  },
  aws_elasticache_replication_group: {
    cloudType: 'AWS::ElastiCache::ReplicationGroup',
    // id is the replication group id.
    identifier: byName('replication_group_id'),
    same: [
      'automatic_failover_enabled', 'cluster_mode', 'data_tiering_enabled', 'global_replication_group_id', 'ip_discovery',
      'multi_az_enabled', 'network_type', 'num_cache_clusters', 'port', 'replicas_per_node_group', 'snapshot_retention_limit',
      'snapshot_window', 'transit_encryption_enabled', 'transit_encryption_mode', 'user_group_ids', 'tags',
    ],
    attributes: {
      replication_group_id: { prop: 'ReplicationGroupId', transform: 'enumCI', createOnly: true },
      description: { prop: 'ReplicationGroupDescription' },
      node_type: { prop: 'CacheNodeType' },
      engine: { prop: 'Engine', transform: 'enumCI', default: 'redis' },
      // Strings in Terraform ("true"/"false"), booleans in the model.
      at_rest_encryption_enabled: { prop: 'AtRestEncryptionEnabled', transform: 'bool', createOnly: true },
      auto_minor_version_upgrade: { prop: 'AutoMinorVersionUpgrade', transform: 'bool', default: true },
      // Where the logs go is DestinationDetails.CloudWatchLogsDetails.LogGroup or .KinesisFirehoseDetails.DeliveryStream by
      // destination_type: `destination` is left out (see notCompared).
      log_delivery_configuration: {
        prop: 'LogDeliveryConfigurations',
        set: true,
        items: { destination_type: { prop: 'DestinationType' }, log_format: { prop: 'LogFormat' }, log_type: { prop: 'LogType' } },
      },
    },
    notCompared: {
      'log_delivery_configuration.destination': 'one Terraform argument for two properties picked by destination_type: no rule expresses that',
      engine_version: 'write-only (EngineVersion)',
      parameter_group_name: 'write-only (CacheParameterGroupName)',
      subnet_group_name: 'write-only (CacheSubnetGroupName)',
      security_group_ids: 'write-only (SecurityGroupIds)',
      security_group_names: 'write-only (CacheSecurityGroupNames)',
      maintenance_window: 'write-only (PreferredMaintenanceWindow)',
      kms_key_id: 'write-only (KmsKeyId)',
      notification_topic_arn: 'write-only (NotificationTopicArn)',
      num_node_groups: 'write-only (NumNodeGroups)',
      node_group_configuration: 'write-only (NodeGroupConfiguration)',
      preferred_cache_cluster_azs: 'write-only (PreferredCacheClusterAZs)',
      snapshot_arns: 'write-only (SnapshotArns)',
      snapshot_name: 'write-only (SnapshotName)',
      auth_token: 'write-only (AuthToken)',
      auth_token_update_strategy: 'how Terraform applies a new token: no property',
      apply_immediately: 'how Terraform applies changes: no property',
      final_snapshot_identifier: 'Terraform-only (used on destroy)',
    },
  },
  aws_elasticache_cluster: {
    cloudType: 'AWS::ElastiCache::CacheCluster',
    // id is the cluster id.
    identifier: byName('cluster_id'),
    same: [
      'az_mode', 'engine_version', 'ip_discovery', 'network_type', 'notification_topic_arn', 'num_cache_nodes', 'port',
      'preferred_availability_zones', 'snapshot_retention_limit', 'snapshot_window', 'transit_encryption_enabled', 'tags',
    ],
    attributes: {
      engine_version: { transform: 'versionPrefix' },
      cluster_id: { prop: 'ClusterName', transform: 'enumCI', createOnly: true },
      engine: { prop: 'Engine', transform: 'enumCI', createOnly: true },
      node_type: { prop: 'CacheNodeType' },
      parameter_group_name: { prop: 'CacheParameterGroupName', transform: 'enumCI' },
      subnet_group_name: { prop: 'CacheSubnetGroupName', transform: 'enumCI', createOnly: true },
      security_group_ids: { prop: 'VpcSecurityGroupIds', set: true },
      // ElastiCache keeps the window in lower case.
      maintenance_window: { prop: 'PreferredMaintenanceWindow', transform: 'enumCI' },
      // A string in Terraform ("true"/"false"), a boolean in the model.
      auto_minor_version_upgrade: { prop: 'AutoMinorVersionUpgrade', transform: 'bool', default: true },
      log_delivery_configuration: {
        prop: 'LogDeliveryConfigurations',
        set: true,
        items: { destination_type: { prop: 'DestinationType' }, log_format: { prop: 'LogFormat' }, log_type: { prop: 'LogType' } },
      },
    },
    notCompared: {
      'log_delivery_configuration.destination': 'one Terraform argument for two properties picked by destination_type: no rule expresses that',
      availability_zone: 'write-only (PreferredAvailabilityZone)',
      snapshot_arns: 'write-only (SnapshotArns)',
      snapshot_name: 'write-only (SnapshotName)',
      replication_group_id: 'AWS::ElastiCache::CacheCluster has no replication group property',
      outpost_mode: 'AWS::ElastiCache::CacheCluster has no Outposts property',
      preferred_outpost_arn: 'AWS::ElastiCache::CacheCluster has no Outposts property',
      apply_immediately: 'how Terraform applies changes: no property',
      final_snapshot_identifier: 'Terraform-only (used on destroy)',
    },
  },

  aws_elasticache_serverless_cache: {
    cloudType: 'AWS::ElastiCache::ServerlessCache',
    // id is the cache name, the primary identifier.
    identifier: byName('name'),
    same: [
      'description', 'engine', 'major_engine_version', 'kms_key_id', 'security_group_ids', 'subnet_ids', 'user_group_id', 'daily_snapshot_time',
      'snapshot_retention_limit', 'cache_usage_limits', 'tags',
    ],
    attributes: { name: { prop: 'ServerlessCacheName', createOnly: true } },
    notCompared: { snapshot_arns_to_restore: 'write-only (SnapshotArnsToRestore): used once when the cache is created' },
  },

  // ---------------------------------------------------------------------------------------------------------------
  // Redshift

  aws_redshift_subnet_group: {
    cloudType: 'AWS::Redshift::ClusterSubnetGroup',
    // id is the group name (read-only in the model: CloudFormation generates one when it creates the group).
    identifier: byName('name'),
    same: ['subnet_ids', 'tags'],
    attributes: { description: { prop: 'Description', default: 'Managed by Terraform' } },
  },
  aws_redshift_parameter_group: {
    cloudType: 'AWS::Redshift::ClusterParameterGroup',
    // id is the group name; Redshift keeps it in lower case.
    identifier: byName('name'),
    same: ['tags'],
    attributes: {
      name: { prop: 'ParameterGroupName', transform: 'enumCI', createOnly: true },
      family: { prop: 'ParameterGroupFamily', createOnly: true },
      description: { prop: 'Description', createOnly: true, default: 'Managed by Terraform' },
      // The model holds only the parameters whose source is "user": the ones set in the code, or by hand.
      parameter: { prop: 'Parameters', set: true, items: { name: { prop: 'ParameterName' }, value: { prop: 'ParameterValue' } } },
    },
  },
  aws_redshift_cluster: {
    cloudType: 'AWS::Redshift::Cluster',
    // id is the cluster identifier.
    identifier: byName('cluster_identifier'),
    same: [
      'node_type', 'cluster_type', 'cluster_version', 'availability_zone', 'aqua_configuration_status', 'elastic_ip', 'iam_roles',
      'kms_key_id', 'maintenance_track_name', 'manual_snapshot_retention_period', 'master_password_secret_kms_key_id', 'master_username',
      'owner_account', 'snapshot_cluster_identifier', 'vpc_security_group_ids', 'tags',
    ],
    attributes: {
      cluster_identifier: { prop: 'ClusterIdentifier', transform: 'enumCI', createOnly: true },
      database_name: { prop: 'DBName', createOnly: true },
      cluster_parameter_group_name: { prop: 'ClusterParameterGroupName', transform: 'enumCI' },
      cluster_subnet_group_name: { prop: 'ClusterSubnetGroupName', transform: 'enumCI', createOnly: true },
      number_of_nodes: { prop: 'NumberOfNodes', transform: 'number', default: 1 },
      port: { prop: 'Port', transform: 'number', default: 5439 },
      // A string in Terraform ("true"/"false"), a boolean in the model.
      encrypted: { prop: 'Encrypted', transform: 'bool', default: false },
      publicly_accessible: { prop: 'PubliclyAccessible', transform: 'bool', default: false },
      enhanced_vpc_routing: { prop: 'EnhancedVpcRouting', transform: 'bool', default: false },
      allow_version_upgrade: { prop: 'AllowVersionUpgrade', transform: 'bool', default: true },
      multi_az: { prop: 'MultiAZ', transform: 'bool', default: false },
      availability_zone_relocation_enabled: { prop: 'AvailabilityZoneRelocation', transform: 'bool', default: false },
      automated_snapshot_retention_period: { prop: 'AutomatedSnapshotRetentionPeriod', transform: 'number', default: 1 },
      // Redshift keeps the window in lower case.
      preferred_maintenance_window: { prop: 'PreferredMaintenanceWindow', transform: 'enumCI' },
    },
    notCompared: {
      master_password: 'write-only (MasterUserPassword)',
      master_password_wo: 'write-only (MasterUserPassword)',
      master_password_wo_version: 'Terraform-only',
      manage_master_password: 'write-only (ManageMasterPassword)',
      snapshot_identifier: 'write-only (SnapshotIdentifier)',
      snapshot_arn: 'a restore source at creation: no property',
      default_iam_role_arn: 'AWS::Redshift::Cluster has no default IAM role property',
      apply_immediately: 'how Terraform applies changes: no property',
      final_snapshot_identifier: 'Terraform-only (used on destroy)',
      skip_final_snapshot: 'Terraform-only (used on destroy)',
    },
  },

  // ---------------------------------------------------------------------------------------------------------------
  // OpenSearch

  aws_opensearchserverless_security_policy: {
    cloudType: 'AWS::OpenSearchServerless::SecurityPolicy',
    // id is the policy name; the primary identifier is Type|Name.
    identifier: { state: [{ attr: 'type' }, { attr: 'name' }], config: ['type', 'name'] },
    // Policy is a JSON text on both sides: compared as a document.
    same: ['type', 'name', 'description', 'policy'],
  },
  aws_opensearchserverless_access_policy: {
    cloudType: 'AWS::OpenSearchServerless::AccessPolicy',
    // id is the policy name; the primary identifier is Type|Name.
    identifier: { state: [{ attr: 'type' }, { attr: 'name' }], config: ['type', 'name'] },
    same: ['type', 'name', 'description', 'policy'],
  },
  aws_opensearchserverless_collection: {
    cloudType: 'AWS::OpenSearchServerless::Collection',
    // id is the collection id, the primary identifier.
    identifier: byId,
    same: ['name', 'description'],
    attributes: {
      type: { prop: 'Type', default: 'SEARCH' },
      standby_replicas: { prop: 'StandbyReplicas', default: 'ENABLED' },
    },
    notCompared: { tags: 'write-only (Tags)' },
  },
  aws_opensearch_domain: {
    cloudType: 'AWS::OpenSearchService::Domain',
    // id is the domain ARN; the primary identifier is the domain name.
    identifier: { state: [{ attr: 'domain_name' }], config: ['domain_name'] },
    same: [
      'domain_name', 'engine_version', 'ip_address_type', 'advanced_options', 'advanced_security_options', 'aiml_options', 'cluster_config',
      'cognito_options', 'domain_endpoint_options', 'ebs_options', 'identity_center_options', 'off_peak_window_options', 'snapshot_options',
      'software_update_options', 'vpc_options', 'tags',
    ],
    attributes: {
      access_policies: { prop: 'AccessPolicies', transform: 'json' },
      encrypt_at_rest: {
        prop: 'EncryptionAtRestOptions',
        single: true,
        items: {
          enabled: { prop: 'Enabled', transform: 'bool', default: false },
          // A key id or ARN in the code; AWS holds the ARN.
          kms_key_id: { prop: 'KmsKeyId', transform: { capture: ':key/([^/]+)$' } },
        },
      },
      node_to_node_encryption: {
        prop: 'NodeToNodeEncryptionOptions',
        single: true,
        items: { enabled: { prop: 'Enabled', transform: 'bool', default: false } },
      },
    },
    notCompared: {
      log_publishing_options:
        'a set of {log_type, ...} blocks in Terraform, an object keyed by log type in the model: no transform compares the two shapes yet',
      auto_tune_options: 'AWS::OpenSearchService::Domain has no Auto-Tune property',
      'aiml_options.natural_language_query_generation_options': 'the model\'s AIMLOptions has no such property',
      'advanced_security_options.master_user_options': 'write-only (AdvancedSecurityOptions.MasterUserOptions)',
    },
  },
  aws_opensearch_domain_policy: {
    cloudType: 'AWS::OpenSearchService::Domain',
    // The domain's AccessPolicies (a document); id is "esd-policy-<domain name>", the primary identifier is the name.
    identifier: { state: [{ attr: 'domain_name' }], config: ['domain_name'] },
    subResource: true,
    identityAttributes: ['domain_name'],
    attributes: { access_policies: { prop: 'AccessPolicies', transform: 'json' } },
  },
  aws_opensearchserverless_vpc_endpoint: {
    cloudType: 'AWS::OpenSearchServerless::VpcEndpoint',
    // id is the endpoint id (vpce-...), the primary identifier.
    identifier: byId,
    same: ['name', 'vpc_id', 'subnet_ids', 'security_group_ids'],
  },

  // ---------------------------------------------------------------------------------------------------------------
  // DMS

  aws_dms_endpoint: {
    cloudType: 'AWS::DMS::Endpoint',
    // id is the endpoint identifier; the primary identifier is the endpoint ARN (`endpoint_arn`).
    identifier: { state: [{ attr: 'endpoint_arn' }] },
    same: [
      'endpoint_type', 'certificate_arn', 'database_name', 'server_name', 'username', 'elasticsearch_settings', 'kafka_settings',
      'kinesis_settings', 'mongodb_settings', 'mysql_settings', 'oracle_settings', 'redis_settings', 'redshift_settings', 'tags',
    ],
    attributes: {
      endpoint_id: { prop: 'EndpointIdentifier' },
      engine_name: { prop: 'EngineName', transform: 'enumCI' },
      port: { prop: 'Port', transform: 'number' },
      ssl_mode: { prop: 'SslMode', default: 'none' },
      kms_key_arn: { prop: 'KmsKeyId', createOnly: true },
      postgres_settings: { prop: 'PostgreSqlSettings' },
    },
    notCompared: {
      password: 'write-only (Password)',
      extra_connection_attributes: 'write-only (ExtraConnectionAttributes)',
      secrets_manager_arn: 'the model holds it inside the engine\'s settings (PostgreSqlSettings.SecretsManagerSecretId ...), picked by engine_name: no rule expresses that',
      secrets_manager_access_role_arn: 'the model holds it inside the engine\'s settings, picked by engine_name: no rule expresses that',
      service_access_role: 'the model holds it inside DynamoDbSettings (engine dynamodb): no rule picks the block by engine_name',
      pause_replication_tasks: 'Terraform-only',
    },
  },
  aws_dms_event_subscription: {
    cloudType: 'AWS::DMS::EventSubscription',
    // id is the subscription name, the primary identifier.
    identifier: byName('name'),
    same: ['event_categories', 'sns_topic_arn', 'source_type', 'tags'],
    attributes: {
      name: { prop: 'SubscriptionName', createOnly: true },
      source_ids: { prop: 'SourceIds', createOnly: true },
      enabled: { prop: 'Enabled', default: true },
    },
  },

  // ---------------------------------------------------------------------------------------------------------------
  // Amazon MQ

  aws_mq_broker: {
    cloudType: 'AWS::AmazonMQ::Broker',
    // id is the broker id, the primary identifier.
    identifier: byId,
    same: [
      'broker_name', 'host_instance_type', 'publicly_accessible', 'security_groups', 'subnet_ids', 'data_replication_mode',
      'encryption_options', 'ldap_server_metadata', 'logs', 'maintenance_window_start_time', 'tags',
    ],
    attributes: {
      // AWS upper-cases these enums (ActiveMQ is ACTIVEMQ).
      engine_type: { prop: 'EngineType', transform: 'enumCI', createOnly: true },
      deployment_mode: { prop: 'DeploymentMode', transform: 'enumCI', default: 'SINGLE_INSTANCE' },
      storage_type: { prop: 'StorageType', transform: 'enumCI' },
      authentication_strategy: { prop: 'AuthenticationStrategy', transform: 'enumCI', default: 'SIMPLE' },
      auto_minor_version_upgrade: { prop: 'AutoMinorVersionUpgrade', transform: 'bool' },
    },
    notCompared: {
      engine_version: 'write-only (EngineVersion); the read-only EngineVersionCurrent holds what runs',
      configuration: 'write-only (Configuration); the read-only ConfigurationId and ConfigurationRevision hold what is applied',
      user: 'write-only (Users)',
      data_replication_primary_broker_arn: 'write-only (DataReplicationPrimaryBrokerArn)',
      apply_immediately: 'how Terraform applies changes: no property',
    },
  },
  aws_mq_configuration: {
    cloudType: 'AWS::AmazonMQ::Configuration',
    // id is the configuration id, the primary identifier.
    identifier: byId,
    same: ['name', 'description', 'engine_version', 'tags'],
    attributes: {
      engine_type: { prop: 'EngineType', transform: 'enumCI', createOnly: true },
      authentication_strategy: { prop: 'AuthenticationStrategy', transform: 'enumCI', default: 'SIMPLE' },
    },
    notCompared: { data: 'write-only (Data): the configuration XML is never returned' },
  },

  // ---------------------------------------------------------------------------------------------------------------
  // API Gateway (REST APIs)

  aws_api_gateway_rest_api: {
    cloudType: 'AWS::ApiGateway::RestApi',
    // id is the REST API id.
    identifier: byId,
    same: ['name', 'description', 'binary_media_types', 'disable_execute_api_endpoint', 'endpoint_configuration', 'tags'],
    attributes: {
      // A numeric string in Terraform ("" when unset), an integer in the model.
      minimum_compression_size: { prop: 'MinimumCompressionSize', transform: 'number' },
      policy: { prop: 'Policy', transform: 'json' },
      api_key_source: { prop: 'ApiKeySourceType', default: 'HEADER' },
    },
    notCompared: {
      body: 'write-only (Body): the routes it defines are AWS::ApiGateway::Resource and Method resources',
      parameters: 'write-only (Parameters)',
      fail_on_warnings: 'write-only (FailOnWarnings)',
      put_rest_api_mode: 'write-only (Mode)',
    },
  },
  aws_api_gateway_resource: {
    cloudType: 'AWS::ApiGateway::Resource',
    // id is the resource id; the primary identifier is RestApiId|ResourceId.
    identifier: { state: [{ attr: 'rest_api_id' }, { id: true }] },
    same: ['rest_api_id', 'parent_id', 'path_part'],
  },
  aws_api_gateway_method: {
    cloudType: 'AWS::ApiGateway::Method',
    // id is "agm-<api>-<resource>-<method>"; the primary identifier is RestApiId|ResourceId|HttpMethod.
    identifier: { state: [{ attr: 'rest_api_id' }, { attr: 'resource_id' }, { attr: 'http_method' }], config: ['rest_api_id', 'resource_id', 'http_method'] },
    same: [
      'rest_api_id', 'resource_id', 'http_method', 'authorizer_id', 'authorization_scopes', 'operation_name', 'request_models',
      'request_parameters', 'request_validator_id',
    ],
    attributes: {
      authorization: { prop: 'AuthorizationType', transform: 'enumCI' },
      api_key_required: { prop: 'ApiKeyRequired', transform: 'bool', default: false },
    },
  },
  aws_api_gateway_integration: {
    cloudType: 'AWS::ApiGateway::Method',
    // The method's Integration; id is "agi-<api>-<resource>-<method>".
    identifier: { state: [{ attr: 'rest_api_id' }, { attr: 'resource_id' }, { attr: 'http_method' }], config: ['rest_api_id', 'resource_id', 'http_method'] },
    subResource: true,
    identityAttributes: ['rest_api_id', 'resource_id', 'http_method'],
    attributes: {
      type: { prop: 'Integration/Type' },
      uri: { prop: 'Integration/Uri' },
      integration_http_method: { prop: 'Integration/IntegrationHttpMethod' },
      connection_type: { prop: 'Integration/ConnectionType', default: 'INTERNET' },
      connection_id: { prop: 'Integration/ConnectionId' },
      credentials: { prop: 'Integration/Credentials' },
      request_parameters: { prop: 'Integration/RequestParameters' },
      request_templates: { prop: 'Integration/RequestTemplates' },
      passthrough_behavior: { prop: 'Integration/PassthroughBehavior' },
      cache_key_parameters: { prop: 'Integration/CacheKeyParameters', set: true },
      cache_namespace: { prop: 'Integration/CacheNamespace' },
      content_handling: { prop: 'Integration/ContentHandling' },
      timeout_milliseconds: { prop: 'Integration/TimeoutInMillis', transform: 'number', default: 29000 },
      integration_target: { prop: 'Integration/IntegrationTarget' },
      response_transfer_mode: { prop: 'Integration/ResponseTransferMode', default: 'BUFFERED' },
    },
    notCompared: { tls_config: 'the model\'s Integration has no TLS setting' },
  },
  aws_api_gateway_deployment: {
    cloudType: 'AWS::ApiGateway::Deployment',
    // id is the deployment id; the primary identifier is DeploymentId|RestApiId.
    identifier: { state: [{ id: true }, { attr: 'rest_api_id' }] },
    same: ['rest_api_id', 'description'],
    notCompared: {
      variables: 'write-only (StageDescription.Variables); the stage holds them (aws_api_gateway_stage)',
      triggers: 'Terraform-only (forces a new deployment)',
    },
  },
  aws_api_gateway_stage: {
    cloudType: 'AWS::ApiGateway::Stage',
    // id is "ags-<api>-<stage>"; the primary identifier is RestApiId|StageName.
    identifier: { state: [{ attr: 'rest_api_id' }, { attr: 'stage_name' }], config: ['rest_api_id', 'stage_name'] },
    same: [
      'rest_api_id', 'stage_name', 'deployment_id', 'description', 'cache_cluster_size', 'client_certificate_id', 'documentation_version',
      'variables', 'tags',
    ],
    attributes: {
      cache_cluster_enabled: { prop: 'CacheClusterEnabled', transform: 'bool', default: false },
      xray_tracing_enabled: { prop: 'TracingEnabled', transform: 'bool', default: false },
      canary_settings: { prop: 'CanarySetting' },
      access_log_settings: {
        prop: 'AccessLogSetting',
        single: true,
        items: {
          // The provider drops a trailing ":*" from a log group ARN.
          destination_arn: { prop: 'DestinationArn', transform: { capture: '^(.*?)(?::\\*)?$' } },
          format: { prop: 'Format' },
        },
      },
    },
  },

  // ---------------------------------------------------------------------------------------------------------------
  // API Gateway v2 (HTTP and WebSocket APIs)

  aws_apigatewayv2_api: {
    cloudType: 'AWS::ApiGatewayV2::Api',
    // id is the API id.
    identifier: byId,
    same: ['name', 'description', 'protocol_type', 'disable_execute_api_endpoint', 'ip_address_type', 'version', 'cors_configuration', 'tags'],
    attributes: {
      api_key_selection_expression: { prop: 'ApiKeySelectionExpression', default: '$request.header.x-api-key' },
      route_selection_expression: { prop: 'RouteSelectionExpression', default: '$request.method $request.path' },
    },
    notCompared: {
      body: 'write-only (Body)',
      credentials_arn: 'write-only (CredentialsArn): quick create only',
      route_key: 'write-only (RouteKey): quick create only',
      target: 'write-only (Target): quick create only',
      fail_on_warnings: 'write-only (FailOnWarnings)',
    },
  },
  aws_apigatewayv2_stage: {
    cloudType: 'AWS::ApiGatewayV2::Stage',
    // id is the stage name; the primary identifier is ApiId|StageName.
    identifier: { state: [{ attr: 'api_id' }, { attr: 'name' }], config: ['api_id', 'name'] },
    same: ['api_id', 'client_certificate_id', 'deployment_id', 'description', 'stage_variables', 'access_log_settings', 'default_route_settings'],
    attributes: {
      name: { prop: 'StageName', createOnly: true },
      auto_deploy: { prop: 'AutoDeploy', transform: 'bool', default: false },
      // An untyped object in the model.
      tags: { prop: 'Tags', transform: 'tagMap' },
    },
    notCompared: {
      route_settings: 'a set of blocks keyed by route_key in Terraform, an object keyed by route key in the model: no transform compares the two shapes yet',
    },
  },
  aws_apigatewayv2_route: {
    cloudType: 'AWS::ApiGatewayV2::Route',
    // id is the route id; the primary identifier is ApiId|RouteId.
    identifier: { state: [{ attr: 'api_id' }, { id: true }] },
    same: [
      'api_id', 'route_key', 'target', 'authorization_scopes', 'model_selection_expression', 'operation_name', 'request_models',
      'route_response_selection_expression',
    ],
    attributes: {
      authorization_type: { prop: 'AuthorizationType', default: 'NONE' },
      api_key_required: { prop: 'ApiKeyRequired', transform: 'bool', default: false },
    },
    notCompared: { authorizer_id: 'write-only (AuthorizerId)', request_parameter: 'write-only (RequestParameters)' },
  },
  aws_apigatewayv2_integration: {
    cloudType: 'AWS::ApiGatewayV2::Integration',
    // id is the integration id; the primary identifier is ApiId|IntegrationId.
    identifier: { state: [{ attr: 'api_id' }, { id: true }] },
    same: [
      'api_id', 'integration_type', 'integration_uri', 'integration_method', 'integration_subtype', 'connection_id', 'content_handling_strategy',
      'credentials_arn', 'description', 'passthrough_behavior', 'request_parameters', 'request_templates', 'template_selection_expression',
      'tls_config',
    ],
    attributes: {
      connection_type: { prop: 'ConnectionType', default: 'INTERNET' },
      payload_format_version: { prop: 'PayloadFormatVersion', default: '1.0' },
      timeout_milliseconds: { prop: 'TimeoutInMillis', transform: 'number' },
    },
    notCompared: {
      response_parameters:
        'a set of {status_code, mappings} blocks in Terraform, an object keyed by status code of {Destination, Source} lists in the model: no transform compares the two shapes yet',
    },
  },
  aws_apigatewayv2_vpc_link: {
    cloudType: 'AWS::ApiGatewayV2::VpcLink',
    // id is the VPC link id, the primary identifier.
    identifier: byId,
    same: ['name', 'subnet_ids', 'security_group_ids', 'tags'],
  },

  // ---------------------------------------------------------------------------------------------------------------
  // AppSync

  aws_appsync_graphql_api: {
    cloudType: 'AWS::AppSync::GraphQLApi',
    // id is the API id.
    identifier: byId,
    same: [
      'name', 'authentication_type', 'merged_api_execution_role_arn', 'enhanced_metrics_config', 'lambda_authorizer_config', 'log_config',
      'openid_connect_config', 'user_pool_config', 'tags',
    ],
    attributes: {
      api_type: { prop: 'ApiType', default: 'GRAPHQL' },
      visibility: { prop: 'Visibility', default: 'GLOBAL' },
      introspection_config: { prop: 'IntrospectionConfig', default: 'ENABLED' },
      query_depth_limit: { prop: 'QueryDepthLimit', transform: 'number', default: 0 },
      resolver_count_limit: { prop: 'ResolverCountLimit', transform: 'number', default: 0 },
      xray_enabled: { prop: 'XrayEnabled', transform: 'bool', default: false },
      additional_authentication_provider: { prop: 'AdditionalAuthenticationProviders' },
    },
    notCompared: { schema: 'the schema is AWS::AppSync::GraphQLSchema, which Cloud Control does not serve' },
  },
  aws_appsync_datasource: {
    cloudType: 'AWS::AppSync::DataSource',
    // id is "<api id>-<name>"; the primary identifier is the data source ARN (`arn`).
    identifier: { state: [{ attr: 'arn' }] },
    same: ['api_id', 'name', 'type', 'description', 'service_role_arn', 'event_bridge_config', 'http_config'],
    attributes: {
      dynamodb_config: {
        prop: 'DynamoDBConfig',
        single: true,
        items: {
          table_name: { prop: 'TableName' },
          region: { prop: 'AwsRegion' },
          use_caller_credentials: { prop: 'UseCallerCredentials', transform: 'bool', default: false },
          versioned: { prop: 'Versioned', transform: 'bool', default: false },
          delta_sync_config: {
            prop: 'DeltaSyncConfig',
            single: true,
            items: {
              // Numbers in Terraform, numeric strings in the model.
              base_table_ttl: { prop: 'BaseTableTTL', transform: 'number' },
              delta_sync_table_name: { prop: 'DeltaSyncTableName' },
              delta_sync_table_ttl: { prop: 'DeltaSyncTableTTL', transform: 'number' },
            },
          },
        },
      },
      elasticsearch_config: {
        prop: 'ElasticsearchConfig',
        single: true,
        items: { endpoint: { prop: 'Endpoint' }, region: { prop: 'AwsRegion' } },
      },
      opensearchservice_config: {
        prop: 'OpenSearchServiceConfig',
        single: true,
        items: { endpoint: { prop: 'Endpoint' }, region: { prop: 'AwsRegion' } },
      },
      lambda_config: { prop: 'LambdaConfig', single: true, items: { function_arn: { prop: 'LambdaFunctionArn' } } },
      relational_database_config: {
        prop: 'RelationalDatabaseConfig',
        single: true,
        items: {
          source_type: { prop: 'RelationalDatabaseSourceType', default: 'RDS_HTTP_ENDPOINT' },
          http_endpoint_config: {
            prop: 'RdsHttpEndpointConfig',
            single: true,
            items: {
              aws_secret_store_arn: { prop: 'AwsSecretStoreArn' },
              database_name: { prop: 'DatabaseName' },
              db_cluster_identifier: { prop: 'DbClusterIdentifier' },
              region: { prop: 'AwsRegion' },
              schema: { prop: 'Schema' },
            },
          },
        },
      },
    },
  },
  aws_appsync_resolver: {
    cloudType: 'AWS::AppSync::Resolver',
    // id is "<api id>-<type>-<field>"; the primary identifier is the resolver ARN (`arn`).
    identifier: { state: [{ attr: 'arn' }] },
    same: ['api_id', 'code', 'runtime', 'caching_config', 'sync_config'],
    attributes: {
      type: { prop: 'TypeName', createOnly: true },
      field: { prop: 'FieldName', createOnly: true },
      data_source: { prop: 'DataSourceName' },
      kind: { prop: 'Kind', default: 'UNIT' },
      request_template: { prop: 'RequestMappingTemplate' },
      response_template: { prop: 'ResponseMappingTemplate' },
      max_batch_size: { prop: 'MaxBatchSize', transform: 'number', default: 0 },
      // The functions run in this order: the schema's set notwithstanding, compared in order.
      pipeline_config: { prop: 'PipelineConfig', single: true, items: { functions: { prop: 'Functions', ordered: true } } },
    },
  },
};
