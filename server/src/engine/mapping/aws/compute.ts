// Containers and serverless: ECR, ECS, EKS, Lambda, Step Functions, EventBridge Scheduler.
import type { TableEntry } from '../types';
import { byName, tags } from './common';

export const ENTRIES: Record<string, TableEntry> = {
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
  },
};
