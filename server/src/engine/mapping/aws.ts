// The curated mapping of `aws_*` Terraform types to CloudFormation resource types, as data.
//
// Sources: the CloudFormation resource type schemas (primaryIdentifier, property names and shapes, write-only and
// create-only properties: see cfn-schemas.json) and the Terraform AWS provider's documentation (attribute names,
// the meaning of `id`, import formats). Attributes not listed here are not compared (they have no counterpart in
// the CloudFormation model, or are computed). Write-only and create-only facts come from cfn-schemas.json.

import type { AttributeMapping, ResourceMapping } from './types';

type Entry = Omit<ResourceMapping, 'terraformType' | 'kind' | 'primaryIdentifier' | 'writeOnly' | 'createOnly'>;

const tags: AttributeMapping = { prop: 'Tags', transform: 'tags' };
const byName = (attr: string): ResourceMapping['identifier'] => ({ state: [{ id: true }], config: [attr] });
const byId: ResourceMapping['identifier'] = { state: [{ id: true }] };

const sgRule: Record<string, AttributeMapping> = {
  from_port: { prop: 'FromPort', transform: 'number' },
  to_port: { prop: 'ToPort', transform: 'number' },
  protocol: { prop: 'IpProtocol', transform: 'enumCI' },
  cidr_blocks: { prop: 'CidrIp', set: true },
  ipv6_cidr_blocks: { prop: 'CidrIpv6', set: true },
  prefix_list_ids: { prop: 'SourcePrefixListId', set: true },
  security_groups: { prop: 'SourceSecurityGroupId', set: true },
  description: { prop: 'Description' },
};
const sgEgressRule: Record<string, AttributeMapping> = {
  ...sgRule,
  prefix_list_ids: { prop: 'DestinationPrefixListId', set: true },
  security_groups: { prop: 'DestinationSecurityGroupId', set: true },
};

export const AWS_TABLE: Record<string, Entry> = {
  aws_s3_bucket: {
    cloudType: 'AWS::S3::Bucket',
    identifier: byName('bucket'),
    attributes: {
      bucket: { prop: 'BucketName', createOnly: true },
      object_lock_enabled: { prop: 'ObjectLockEnabled', transform: 'bool', default: false },
      tags,
    },
    tagsAttribute: 'tags',
  },
  aws_s3_bucket_versioning: {
    cloudType: 'AWS::S3::Bucket',
    // id is the bucket name (or "bucket,expected_bucket_owner").
    identifier: { state: [{ attr: 'bucket' }], config: ['bucket'] },
    subResource: true,
    identityAttributes: ['bucket', 'expected_bucket_owner'],
    attributes: {
      versioning_configuration: {
        prop: 'VersioningConfiguration',
        single: true,
        // mfa_delete is not part of AWS::S3::Bucket's model.
        items: { status: { prop: 'Status', transform: 'enumCI' } },
      },
    },
  },
  aws_s3_bucket_public_access_block: {
    cloudType: 'AWS::S3::Bucket',
    identifier: { state: [{ attr: 'bucket' }], config: ['bucket'] },
    subResource: true,
    identityAttributes: ['bucket'],
    attributes: {
      block_public_acls: { prop: 'PublicAccessBlockConfiguration/BlockPublicAcls', transform: 'bool', default: false },
      block_public_policy: { prop: 'PublicAccessBlockConfiguration/BlockPublicPolicy', transform: 'bool', default: false },
      ignore_public_acls: { prop: 'PublicAccessBlockConfiguration/IgnorePublicAcls', transform: 'bool', default: false },
      restrict_public_buckets: { prop: 'PublicAccessBlockConfiguration/RestrictPublicBuckets', transform: 'bool', default: false },
    },
  },
  aws_s3_bucket_server_side_encryption_configuration: {
    cloudType: 'AWS::S3::Bucket',
    identifier: { state: [{ attr: 'bucket' }], config: ['bucket'] },
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
          bucket_key_enabled: { prop: 'BucketKeyEnabled', transform: 'bool' },
        },
      },
    },
  },
  aws_instance: {
    cloudType: 'AWS::EC2::Instance',
    identifier: byId,
    attributes: {
      ami: { prop: 'ImageId', createOnly: true },
      instance_type: { prop: 'InstanceType' },
      subnet_id: { prop: 'SubnetId', createOnly: true },
      key_name: { prop: 'KeyName', createOnly: true },
      availability_zone: { prop: 'AvailabilityZone', createOnly: true },
      vpc_security_group_ids: { prop: 'SecurityGroupIds', set: true },
      security_groups: { prop: 'SecurityGroups', set: true },
      iam_instance_profile: { prop: 'IamInstanceProfile' },
      ebs_optimized: { prop: 'EbsOptimized', transform: 'bool' },
      monitoring: { prop: 'Monitoring', transform: 'bool', default: false },
      private_ip: { prop: 'PrivateIpAddress', createOnly: true },
      source_dest_check: { prop: 'SourceDestCheck', transform: 'bool', default: true },
      disable_api_termination: { prop: 'DisableApiTermination', transform: 'bool', default: false },
      instance_initiated_shutdown_behavior: { prop: 'InstanceInitiatedShutdownBehavior', transform: 'enumCI', default: 'stop' },
      tenancy: { prop: 'Tenancy', transform: 'enumCI', default: 'default' },
      tags,
    },
    tagsAttribute: 'tags',
  },
  aws_security_group: {
    cloudType: 'AWS::EC2::SecurityGroup',
    identifier: byId,
    attributes: {
      name: { prop: 'GroupName', createOnly: true },
      description: { prop: 'GroupDescription', createOnly: true, default: 'Managed by Terraform' },
      vpc_id: { prop: 'VpcId', createOnly: true },
      ingress: { prop: 'SecurityGroupIngress', set: true, transform: 'sgRules', items: sgRule },
      egress: { prop: 'SecurityGroupEgress', set: true, transform: 'sgRules', items: sgEgressRule },
      tags,
    },
    tagsAttribute: 'tags',
  },
  aws_vpc: {
    cloudType: 'AWS::EC2::VPC',
    identifier: byId,
    attributes: {
      cidr_block: { prop: 'CidrBlock', createOnly: true },
      instance_tenancy: { prop: 'InstanceTenancy', transform: 'enumCI', default: 'default' },
      enable_dns_support: { prop: 'EnableDnsSupport', transform: 'bool', default: true },
      enable_dns_hostnames: { prop: 'EnableDnsHostnames', transform: 'bool', default: false },
      tags,
    },
    tagsAttribute: 'tags',
  },
  aws_subnet: {
    cloudType: 'AWS::EC2::Subnet',
    identifier: byId,
    attributes: {
      vpc_id: { prop: 'VpcId', createOnly: true },
      cidr_block: { prop: 'CidrBlock', createOnly: true },
      availability_zone: { prop: 'AvailabilityZone', createOnly: true },
      availability_zone_id: { prop: 'AvailabilityZoneId', createOnly: true },
      map_public_ip_on_launch: { prop: 'MapPublicIpOnLaunch', transform: 'bool', default: false },
      assign_ipv6_address_on_creation: { prop: 'AssignIpv6AddressOnCreation', transform: 'bool', default: false },
      ipv6_cidr_block: { prop: 'Ipv6CidrBlock' },
      tags,
    },
    tagsAttribute: 'tags',
  },
  aws_internet_gateway: {
    cloudType: 'AWS::EC2::InternetGateway',
    identifier: byId,
    // vpc_id is an attachment (AWS::EC2::VPCGatewayAttachment), not part of this model.
    attributes: { tags },
    tagsAttribute: 'tags',
  },
  aws_route_table: {
    cloudType: 'AWS::EC2::RouteTable',
    identifier: byId,
    // Inline `route` blocks are AWS::EC2::Route resources in CloudFormation: not compared here.
    attributes: { vpc_id: { prop: 'VpcId', createOnly: true }, tags },
    tagsAttribute: 'tags',
  },
  aws_eip: {
    cloudType: 'AWS::EC2::EIP',
    // primaryIdentifier is PublicIp|AllocationId; Terraform's id is the allocation id.
    identifier: { state: [{ attr: 'public_ip' }, { id: true }] },
    attributes: {
      domain: { prop: 'Domain', transform: 'enumCI' },
      instance: { prop: 'InstanceId' },
      public_ipv4_pool: { prop: 'PublicIpv4Pool' },
      network_border_group: { prop: 'NetworkBorderGroup', createOnly: true },
      tags,
    },
    tagsAttribute: 'tags',
  },
  aws_iam_role: {
    cloudType: 'AWS::IAM::Role',
    identifier: byName('name'),
    attributes: {
      name: { prop: 'RoleName', createOnly: true },
      assume_role_policy: { prop: 'AssumeRolePolicyDocument', transform: 'json' },
      description: { prop: 'Description' },
      max_session_duration: { prop: 'MaxSessionDuration', transform: 'number', default: 3600 },
      path: { prop: 'Path', createOnly: true, default: '/' },
      permissions_boundary: { prop: 'PermissionsBoundary' },
      managed_policy_arns: { prop: 'ManagedPolicyArns', set: true },
      inline_policy: {
        prop: 'Policies',
        set: true,
        items: { name: { prop: 'PolicyName' }, policy: { prop: 'PolicyDocument', transform: 'json' } },
      },
      tags,
    },
    tagsAttribute: 'tags',
  },
  aws_iam_policy: {
    cloudType: 'AWS::IAM::ManagedPolicy',
    // id is the policy ARN.
    identifier: byId,
    attributes: {
      name: { prop: 'ManagedPolicyName', createOnly: true },
      path: { prop: 'Path', createOnly: true, default: '/' },
      description: { prop: 'Description', createOnly: true },
      policy: { prop: 'PolicyDocument', transform: 'json' },
    },
  },
  aws_iam_role_policy: {
    cloudType: 'AWS::IAM::RolePolicy',
    // id is "role:policy"; primaryIdentifier is PolicyName|RoleName.
    identifier: { state: [{ id: true, split: ':', index: 1 }, { id: true, split: ':', index: 0 }], config: ['name', 'role'] },
    identityAttributes: ['role'],
    attributes: {
      name: { prop: 'PolicyName', createOnly: true },
      policy: { prop: 'PolicyDocument', transform: 'json' },
    },
  },
  aws_iam_user: {
    cloudType: 'AWS::IAM::User',
    identifier: byName('name'),
    attributes: {
      name: { prop: 'UserName', createOnly: true },
      path: { prop: 'Path', default: '/' },
      permissions_boundary: { prop: 'PermissionsBoundary' },
      tags,
    },
    tagsAttribute: 'tags',
  },
  aws_lambda_function: {
    cloudType: 'AWS::Lambda::Function',
    identifier: byName('function_name'),
    attributes: {
      function_name: { prop: 'FunctionName', createOnly: true },
      role: { prop: 'Role' },
      handler: { prop: 'Handler' },
      runtime: { prop: 'Runtime' },
      description: { prop: 'Description', default: '' },
      memory_size: { prop: 'MemorySize', transform: 'number', default: 128 },
      timeout: { prop: 'Timeout', transform: 'number', default: 3 },
      architectures: { prop: 'Architectures', default: ['x86_64'] },
      package_type: { prop: 'PackageType', createOnly: true, default: 'Zip' },
      layers: { prop: 'Layers' },
      kms_key_arn: { prop: 'KmsKeyArn' },
      reserved_concurrent_executions: { prop: 'ReservedConcurrentExecutions', transform: 'number', default: -1 },
      environment: {
        prop: 'Environment',
        single: true,
        items: { variables: { prop: 'Variables' } },
      },
      tracing_config: { prop: 'TracingConfig', single: true, items: { mode: { prop: 'Mode', transform: 'enumCI' } } },
      vpc_config: {
        prop: 'VpcConfig',
        single: true,
        items: { subnet_ids: { prop: 'SubnetIds', set: true }, security_group_ids: { prop: 'SecurityGroupIds', set: true } },
      },
      // filename / s3_* / image_uri are the Code property: write-only in CloudFormation.
      tags,
    },
    tagsAttribute: 'tags',
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
    tagsAttribute: 'tags',
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
    tagsAttribute: 'tags',
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
    tagsAttribute: 'tags',
  },
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
    tagsAttribute: 'tags',
  },
  aws_kms_key: {
    cloudType: 'AWS::KMS::Key',
    identifier: byId,
    attributes: {
      description: { prop: 'Description', default: '' },
      key_usage: { prop: 'KeyUsage', default: 'ENCRYPT_DECRYPT' },
      customer_master_key_spec: { prop: 'KeySpec', default: 'SYMMETRIC_DEFAULT' },
      policy: { prop: 'KeyPolicy', transform: 'json' },
      enable_key_rotation: { prop: 'EnableKeyRotation', transform: 'bool', default: false },
      rotation_period_in_days: { prop: 'RotationPeriodInDays', transform: 'number' },
      is_enabled: { prop: 'Enabled', transform: 'bool', default: true },
      multi_region: { prop: 'MultiRegion', transform: 'bool', default: false },
      deletion_window_in_days: { prop: 'PendingWindowInDays', writeOnly: true },
      bypass_policy_lockout_safety_check: { prop: 'BypassPolicyLockoutSafetyCheck', writeOnly: true },
      tags,
    },
    tagsAttribute: 'tags',
  },
  aws_ecr_repository: {
    cloudType: 'AWS::ECR::Repository',
    identifier: byName('name'),
    attributes: {
      name: { prop: 'RepositoryName', createOnly: true },
      image_tag_mutability: { prop: 'ImageTagMutability', transform: 'enumCI', default: 'MUTABLE' },
      image_scanning_configuration: {
        prop: 'ImageScanningConfiguration',
        single: true,
        items: { scan_on_push: { prop: 'ScanOnPush', transform: 'bool', default: false } },
      },
      encryption_configuration: {
        prop: 'EncryptionConfiguration',
        single: true,
        items: { encryption_type: { prop: 'EncryptionType', default: 'AES256' }, kms_key: { prop: 'KmsKey' } },
      },
      force_delete: { prop: 'EmptyOnDelete', writeOnly: true },
      tags,
    },
    tagsAttribute: 'tags',
  },
  aws_ecs_cluster: {
    cloudType: 'AWS::ECS::Cluster',
    // id is the cluster ARN; the primary identifier is the name.
    identifier: { state: [{ attr: 'name' }], config: ['name'] },
    attributes: {
      name: { prop: 'ClusterName', createOnly: true },
      setting: { prop: 'ClusterSettings', set: true, items: { name: { prop: 'Name' }, value: { prop: 'Value' } } },
      tags,
    },
    tagsAttribute: 'tags',
  },
  aws_ecs_service: {
    cloudType: 'AWS::ECS::Service',
    // primaryIdentifier is ServiceArn|Cluster; Terraform's id is the service ARN and `cluster` the cluster ARN.
    identifier: { state: [{ id: true }, { attr: 'cluster' }] },
    attributes: {
      name: { prop: 'ServiceName', createOnly: true },
      cluster: { prop: 'Cluster', createOnly: true },
      task_definition: { prop: 'TaskDefinition' },
      desired_count: { prop: 'DesiredCount', transform: 'number' },
      launch_type: { prop: 'LaunchType', transform: 'enumCI' },
      platform_version: { prop: 'PlatformVersion' },
      propagate_tags: { prop: 'PropagateTags', transform: 'enumCI', default: 'NONE' },
      enable_execute_command: { prop: 'EnableExecuteCommand', transform: 'bool', default: false },
      enable_ecs_managed_tags: { prop: 'EnableECSManagedTags', transform: 'bool', default: false },
      health_check_grace_period_seconds: { prop: 'HealthCheckGracePeriodSeconds', transform: 'number', default: 0 },
      scheduling_strategy: { prop: 'SchedulingStrategy', createOnly: true, default: 'REPLICA' },
      network_configuration: {
        prop: 'NetworkConfiguration/AwsvpcConfiguration',
        single: true,
        items: {
          subnets: { prop: 'Subnets', set: true },
          security_groups: { prop: 'SecurityGroups', set: true },
          assign_public_ip: { prop: 'AssignPublicIp', transform: { boolToString: ['ENABLED', 'DISABLED'] }, default: false },
        },
      },
      force_new_deployment: { prop: 'ForceNewDeployment', writeOnly: true },
      tags,
    },
    tagsAttribute: 'tags',
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
    tagsAttribute: 'tags',
  },
  aws_route53_zone: {
    cloudType: 'AWS::Route53::HostedZone',
    // id is the zone id (Z...).
    identifier: byId,
    attributes: {
      name: { prop: 'Name', transform: 'dnsName', createOnly: true },
      comment: { prop: 'HostedZoneConfig/Comment', default: 'Managed by Terraform' },
      tags: { prop: 'HostedZoneTags', transform: 'tags' },
    },
    tagsAttribute: 'tags',
  },
  aws_lb: {
    cloudType: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
    // id is the load balancer ARN.
    identifier: byId,
    attributes: {
      name: { prop: 'Name', createOnly: true },
      internal: { prop: 'Scheme', transform: { boolToString: ['internal', 'internet-facing'] }, createOnly: true, default: false },
      load_balancer_type: { prop: 'Type', transform: 'enumCI', createOnly: true, default: 'application' },
      ip_address_type: { prop: 'IpAddressType', transform: 'enumCI', default: 'ipv4' },
      subnets: { prop: 'Subnets', set: true },
      security_groups: { prop: 'SecurityGroups', set: true },
      // LoadBalancerAttributes: a list of {Key, Value} strings.
      enable_deletion_protection: { prop: 'LoadBalancerAttributes', transform: { keyValue: 'deletion_protection.enabled' }, default: false },
      idle_timeout: { prop: 'LoadBalancerAttributes', transform: { keyValue: 'idle_timeout.timeout_seconds' }, default: 60 },
      enable_http2: { prop: 'LoadBalancerAttributes', transform: { keyValue: 'routing.http2.enabled' }, default: true },
      drop_invalid_header_fields: { prop: 'LoadBalancerAttributes', transform: { keyValue: 'routing.http.drop_invalid_header_fields.enabled' }, default: false },
      enable_cross_zone_load_balancing: { prop: 'LoadBalancerAttributes', transform: { keyValue: 'load_balancing.cross_zone.enabled' } },
      tags,
    },
    tagsAttribute: 'tags',
  },
  aws_eks_cluster: {
    cloudType: 'AWS::EKS::Cluster',
    identifier: byName('name'),
    attributes: {
      name: { prop: 'Name', createOnly: true },
      role_arn: { prop: 'RoleArn', createOnly: true },
      version: { prop: 'Version' },
      vpc_config: {
        prop: 'ResourcesVpcConfig',
        single: true,
        items: {
          subnet_ids: { prop: 'SubnetIds', set: true },
          security_group_ids: { prop: 'SecurityGroupIds', set: true },
          endpoint_public_access: { prop: 'EndpointPublicAccess', transform: 'bool', default: true },
          endpoint_private_access: { prop: 'EndpointPrivateAccess', transform: 'bool', default: false },
          public_access_cidrs: { prop: 'PublicAccessCidrs', set: true, default: ['0.0.0.0/0'] },
        },
      },
      tags,
    },
    tagsAttribute: 'tags',
  },
  aws_secretsmanager_secret: {
    cloudType: 'AWS::SecretsManager::Secret',
    // id is the secret ARN.
    identifier: byId,
    attributes: {
      name: { prop: 'Name', createOnly: true },
      description: { prop: 'Description', default: '' },
      kms_key_id: { prop: 'KmsKeyId' },
      tags,
    },
    tagsAttribute: 'tags',
  },
  aws_ssm_parameter: {
    cloudType: 'AWS::SSM::Parameter',
    identifier: byName('name'),
    attributes: {
      name: { prop: 'Name', createOnly: true },
      type: { prop: 'Type' },
      value: { prop: 'Value' },
      data_type: { prop: 'DataType', default: 'text' },
      // Description, Tier and AllowedPattern are write-only in AWS::SSM::Parameter (cfn-schemas.json).
      description: { prop: 'Description' },
      tier: { prop: 'Tier' },
      allowed_pattern: { prop: 'AllowedPattern' },
      // AWS::SSM::Parameter holds tags as a JSON object, not a list of {Key, Value}.
      tags: { prop: 'Tags', transform: 'tagMap' },
    },
    tagsAttribute: 'tags',
  },
};
