// Containers and serverless: ECR, ECS, EKS, Lambda, Step Functions, EventBridge Scheduler.
import type { TableEntry } from '../types';
import { byId, byName, tags } from './common';

export const ENTRIES: Record<string, TableEntry> = {
  // ---------------------------------------------------------------------------------------------------------------
  // ECR

  aws_ecr_repository: {
    cloudType: 'AWS::ECR::Repository',
    identifier: byName('name'),
    attributes: {
      name: { prop: 'RepositoryName', createOnly: true },
      image_tag_mutability: { prop: 'ImageTagMutability', transform: 'enumCI', default: 'MUTABLE' },
      image_tag_mutability_exclusion_filter: {
        prop: 'ImageTagMutabilityExclusionFilters',
        items: {
          filter: { prop: 'ImageTagMutabilityExclusionFilterValue' },
          filter_type: { prop: 'ImageTagMutabilityExclusionFilterType' },
        },
      },
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
  aws_ecr_lifecycle_policy: {
    cloudType: 'AWS::ECR::Repository',
    // The repository's LifecyclePolicy; id is the repository name. Both sides hold the policy as JSON text.
    identifier: byName('repository'),
    subResource: true,
    identityAttributes: ['repository'],
    attributes: { policy: { prop: 'LifecyclePolicy/LifecyclePolicyText' } },
  },
  aws_ecr_repository_policy: {
    cloudType: 'AWS::ECR::Repository',
    // The repository's RepositoryPolicyText (a document); id is the repository name.
    identifier: byName('repository'),
    subResource: true,
    identityAttributes: ['repository'],
    attributes: { policy: { prop: 'RepositoryPolicyText', transform: 'json' } },
  },
  aws_ecr_replication_configuration: {
    cloudType: 'AWS::ECR::ReplicationConfiguration',
    // One per registry: id is the registry (account) id, the primary identifier.
    identifier: byId,
    attributes: {
      // Singular block names in Terraform (rule, destination, repository_filter), plural lists in the model. A rule
      // replicates to each of its destinations what any of its filters matches: their order carries no meaning.
      replication_configuration: {
        prop: 'ReplicationConfiguration',
        single: true,
        items: {
          rule: {
            prop: 'Rules',
            items: {
              destination: { prop: 'Destinations', set: true, items: { region: { prop: 'Region' }, registry_id: { prop: 'RegistryId' } } },
              repository_filter: { prop: 'RepositoryFilters', set: true, items: { filter: { prop: 'Filter' }, filter_type: { prop: 'FilterType' } } },
            },
          },
        },
      },
    },
  },
  aws_ecr_registry_scanning_configuration: {
    cloudType: 'AWS::ECR::RegistryScanningConfiguration',
    // One per registry: id is the registry (account) id, the primary identifier.
    identifier: byId,
    same: ['scan_type'],
    attributes: {
      rule: {
        prop: 'Rules',
        set: true,
        items: {
          scan_frequency: { prop: 'ScanFrequency' },
          repository_filter: { prop: 'RepositoryFilters', set: true, items: { filter: { prop: 'Filter' }, filter_type: { prop: 'FilterType' } } },
        },
      },
    },
  },

  // ---------------------------------------------------------------------------------------------------------------
  // ECS

  aws_ecs_cluster: {
    cloudType: 'AWS::ECS::Cluster',
    // id is the cluster ARN; the primary identifier is the name.
    identifier: { state: [{ attr: 'name' }], config: ['name'] },
    attributes: {
      name: { prop: 'ClusterName', createOnly: true },
      setting: { prop: 'ClusterSettings', set: true, items: { name: { prop: 'Name' }, value: { prop: 'Value' } } },
      configuration: {
        prop: 'Configuration',
        single: true,
        items: {
          execute_command_configuration: {
            prop: 'ExecuteCommandConfiguration',
            single: true,
            items: {
              kms_key_id: { prop: 'KmsKeyId' },
              logging: { prop: 'Logging', default: 'DEFAULT' },
              log_configuration: {
                prop: 'LogConfiguration',
                single: true,
                items: {
                  cloud_watch_encryption_enabled: { prop: 'CloudWatchEncryptionEnabled', transform: 'bool', default: false },
                  cloud_watch_log_group_name: { prop: 'CloudWatchLogGroupName' },
                  s3_bucket_encryption_enabled: { prop: 'S3EncryptionEnabled', transform: 'bool', default: false },
                  s3_bucket_name: { prop: 'S3BucketName' },
                  s3_key_prefix: { prop: 'S3KeyPrefix' },
                },
              },
            },
          },
          managed_storage_configuration: {
            prop: 'ManagedStorageConfiguration',
            single: true,
            items: { fargate_ephemeral_storage_kms_key_id: { prop: 'FargateEphemeralStorageKmsKeyId' }, kms_key_id: { prop: 'KmsKeyId' } },
          },
        },
      },
      tags,
    },
    notCompared: { service_connect_defaults: 'ServiceConnectDefaults is write-only: Cloud Control does not return it' },
  },
  aws_ecs_cluster_capacity_providers: {
    cloudType: 'AWS::ECS::ClusterCapacityProviderAssociations',
    // id is the cluster name, the primary identifier.
    identifier: byName('cluster_name'),
    identityAttributes: ['cluster_name'],
    same: ['capacity_providers', 'default_capacity_provider_strategy'],
    attributes: {
      cluster_name: { prop: 'Cluster', createOnly: true },
      default_capacity_provider_strategy: {
        prop: 'DefaultCapacityProviderStrategy',
        set: true,
        items: {
          capacity_provider: { prop: 'CapacityProvider' },
          base: { prop: 'Base', transform: 'number', default: 0 },
          weight: { prop: 'Weight', transform: 'number', default: 0 },
        },
      },
    },
  },
  aws_ecs_capacity_provider: {
    cloudType: 'AWS::ECS::CapacityProvider',
    // id is the capacity provider ARN; the primary identifier is the name.
    identifier: { state: [{ attr: 'name' }], config: ['name'] },
    same: ['name', 'tags', 'auto_scaling_group_provider', 'managed_instances_provider'],
    attributes: {
      name: { prop: 'Name', createOnly: true },
      cluster: { prop: 'ClusterName', createOnly: true },
    },
  },
  aws_ecs_task_definition: {
    cloudType: 'AWS::ECS::TaskDefinition',
    // id is the family; `arn` is the revision's ARN, the primary identifier. container_definitions is JSON text
    // compared as the document against the schema's list of container objects.
    identifier: { state: [{ attr: 'arn' }] },
    same: [
      'family', 'container_definitions', 'cpu', 'memory', 'network_mode', 'requires_compatibilities', 'execution_role_arn',
      'task_role_arn', 'ipc_mode', 'pid_mode', 'enable_fault_injection', 'ephemeral_storage', 'placement_constraints',
      'runtime_platform', 'tags',
    ],
    attributes: {
      volume: {
        prop: 'Volumes',
        set: true,
        items: {
          name: { prop: 'Name' },
          host_path: { prop: 'Host/SourcePath' },
          configure_at_launch: { prop: 'ConfiguredAtLaunch', transform: 'bool' },
          docker_volume_configuration: {
            prop: 'DockerVolumeConfiguration',
            single: true,
            items: {
              autoprovision: { prop: 'Autoprovision', transform: 'bool' },
              driver: { prop: 'Driver' },
              driver_opts: { prop: 'DriverOpts' },
              labels: { prop: 'Labels' },
              scope: { prop: 'Scope' },
            },
          },
          efs_volume_configuration: {
            prop: 'EFSVolumeConfiguration',
            single: true,
            items: {
              file_system_id: { prop: 'FilesystemId' },
              root_directory: { prop: 'RootDirectory', default: '/' },
              transit_encryption: { prop: 'TransitEncryption', default: 'DISABLED' },
              transit_encryption_port: { prop: 'TransitEncryptionPort', transform: 'number' },
              authorization_config: {
                prop: 'AuthorizationConfig',
                single: true,
                items: { access_point_id: { prop: 'AccessPointId' }, iam: { prop: 'IAM', default: 'DISABLED' } },
              },
            },
          },
          fsx_windows_file_server_volume_configuration: {
            prop: 'FSxWindowsFileServerVolumeConfiguration',
            single: true,
            items: {
              file_system_id: { prop: 'FileSystemId' },
              root_directory: { prop: 'RootDirectory' },
              authorization_config: {
                prop: 'AuthorizationConfig',
                single: true,
                items: { credentials_parameter: { prop: 'CredentialsParameter' }, domain: { prop: 'Domain' } },
              },
            },
          },
        },
      },
      proxy_configuration: {
        prop: 'ProxyConfiguration',
        single: true,
        items: {
          container_name: { prop: 'ContainerName' },
          type: { prop: 'Type', default: 'APPMESH' },
          // A map in Terraform, [{Name, Value}] in the model.
          properties: { prop: 'ProxyConfigurationProperties', transform: { mapOf: ['Name', 'Value'] } },
        },
      },
    },
    notCompared: {
      skip_destroy: 'Terraform-only: keeps the revision registered on destroy',
      track_latest: 'Terraform-only: follows the family\'s latest revision',
    },
  },
  aws_ecs_service: {
    cloudType: 'AWS::ECS::Service',
    // primaryIdentifier is ServiceArn|Cluster; Terraform's id is the service ARN and `cluster` the cluster ARN (or
    // the name, when the code gives a name: the live model holds the ARN, so `cluster` only identifies).
    identifier: { state: [{ id: true }, { attr: 'cluster' }] },
    identityAttributes: ['cluster'],
    same: [
      'availability_zone_rebalancing', 'capacity_provider_strategy', 'placement_constraints', 'service_registries',
      'deployment_controller', 'deployment_configuration', 'vpc_lattice_configurations',
    ],
    attributes: {
      name: { prop: 'ServiceName', createOnly: true },
      cluster: { prop: 'Cluster', createOnly: true },
      // AWS returns the revision's ARN; the code gives the ARN or `family:revision`: both reduced to `family:revision`.
      // (A bare family, meaning the latest revision, is not resolved.)
      task_definition: { prop: 'TaskDefinition', transform: { capture: ':task-definition/(.+)$' } },
      desired_count: { prop: 'DesiredCount', transform: 'number' },
      launch_type: { prop: 'LaunchType', transform: 'enumCI' },
      platform_version: { prop: 'PlatformVersion' },
      propagate_tags: { prop: 'PropagateTags', transform: 'enumCI', default: 'NONE' },
      enable_execute_command: { prop: 'EnableExecuteCommand', transform: 'bool', default: false },
      enable_ecs_managed_tags: { prop: 'EnableECSManagedTags', transform: 'bool', default: false },
      health_check_grace_period_seconds: { prop: 'HealthCheckGracePeriodSeconds', transform: 'number', default: 0 },
      scheduling_strategy: { prop: 'SchedulingStrategy', createOnly: true, default: 'REPLICA' },
      iam_role: { prop: 'Role', createOnly: true },
      deployment_maximum_percent: { prop: 'DeploymentConfiguration/MaximumPercent', transform: 'number', default: 200 },
      deployment_minimum_healthy_percent: { prop: 'DeploymentConfiguration/MinimumHealthyPercent', transform: 'number', default: 100 },
      deployment_circuit_breaker: {
        prop: 'DeploymentConfiguration/DeploymentCircuitBreaker',
        single: true,
        items: { enable: { prop: 'Enable', transform: 'bool' }, rollback: { prop: 'Rollback', transform: 'bool' } },
      },
      alarms: {
        prop: 'DeploymentConfiguration/Alarms',
        single: true,
        items: {
          alarm_names: { prop: 'AlarmNames', set: true },
          enable: { prop: 'Enable', transform: 'bool' },
          rollback: { prop: 'Rollback', transform: 'bool' },
        },
      },
      load_balancer: {
        prop: 'LoadBalancers',
        set: true,
        items: {
          target_group_arn: { prop: 'TargetGroupArn' },
          elb_name: { prop: 'LoadBalancerName' },
          container_name: { prop: 'ContainerName' },
          container_port: { prop: 'ContainerPort', transform: 'number' },
        },
      },
      ordered_placement_strategy: {
        prop: 'PlacementStrategies',
        ordered: true,
        items: { type: { prop: 'Type', transform: 'enumCI' }, field: { prop: 'Field', transform: 'enumCI' } },
      },
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
    notCompared: {
      service_connect_configuration: 'ServiceConnectConfiguration is write-only: Cloud Control does not return it',
      volume_configuration: 'VolumeConfigurations is write-only: Cloud Control does not return it',
      triggers: 'Terraform-only: forces a new deployment when a value changes',
      wait_for_steady_state: 'Terraform-only',
      force_delete: 'Terraform-only',
      sigint_rollback: 'Terraform-only',
    },
  },

  // ---------------------------------------------------------------------------------------------------------------
  // EKS

  aws_eks_cluster: {
    cloudType: 'AWS::EKS::Cluster',
    identifier: byName('name'),
    same: [
      'access_config', 'kubernetes_network_config', 'encryption_config', 'upgrade_policy', 'zonal_shift_config', 'compute_config',
      'storage_config', 'remote_network_config', 'outpost_config', 'control_plane_scaling_config', 'deletion_protection',
    ],
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
      // A set of strings in Terraform, a list of {Type} objects in the model.
      enabled_cluster_log_types: { prop: 'Logging/ClusterLogging/EnabledTypes', transform: { listOf: 'Type' }, set: true },
      bootstrap_self_managed_addons: { prop: 'BootstrapSelfManagedAddons', writeOnly: true },
      tags,
    },
    notCompared: { force_update_version: 'Terraform-only' },
  },
  aws_eks_node_group: {
    cloudType: 'AWS::EKS::Nodegroup',
    // Terraform's id is "cluster:nodegroup"; the primary identifier Id is "cluster/nodegroup", taken from the ARN
    // (arn:...:nodegroup/<cluster>/<nodegroup>/<uuid>).
    identifier: { state: [{ attr: 'arn', match: ':nodegroup/([^/]+/[^/]+)/' }] },
    identityAttributes: ['cluster_name'],
    same: [
      'ami_type', 'capacity_type', 'disk_size', 'instance_types', 'labels', 'release_version', 'version', 'launch_template',
      'remote_access', 'scaling_config', 'update_config', 'node_repair_config', 'tags',
    ],
    attributes: {
      cluster_name: { prop: 'ClusterName', createOnly: true },
      node_group_name: { prop: 'NodegroupName', createOnly: true },
      node_role_arn: { prop: 'NodeRole', createOnly: true },
      subnet_ids: { prop: 'Subnets', set: true, createOnly: true },
      capacity_type: { prop: 'CapacityType', createOnly: true, default: 'ON_DEMAND' },
      remote_access: {
        prop: 'RemoteAccess',
        single: true,
        items: { ec2_ssh_key: { prop: 'Ec2SshKey' }, source_security_group_ids: { prop: 'SourceSecurityGroups', set: true } },
      },
      taint: {
        prop: 'Taints',
        set: true,
        items: { key: { prop: 'Key' }, value: { prop: 'Value' }, effect: { prop: 'Effect' } },
      },
      force_update_version: { prop: 'ForceUpdateEnabled', writeOnly: true },
    },
    notCompared: { node_group_name_prefix: 'only the generated name is in AWS' },
  },
  aws_eks_addon: {
    cloudType: 'AWS::EKS::Addon',
    // id is "cluster:addon"; primaryIdentifier is ClusterName|AddonName.
    identifier: { state: [{ attr: 'cluster_name' }, { attr: 'addon_name' }], config: ['cluster_name', 'addon_name'] },
    identityAttributes: ['cluster_name', 'addon_name'],
    same: ['cluster_name', 'addon_name', 'addon_version', 'configuration_values', 'service_account_role_arn', 'tags'],
    notCompared: {
      pod_identity_association: 'PodIdentityAssociations is write-only: Cloud Control does not return it',
      resolve_conflicts_on_create: 'ResolveConflicts is write-only (how an update treats local changes)',
      resolve_conflicts_on_update: 'ResolveConflicts is write-only (how an update treats local changes)',
      preserve: 'PreserveOnDelete is write-only',
    },
  },
  aws_eks_access_entry: {
    cloudType: 'AWS::EKS::AccessEntry',
    // id is "cluster:principal_arn" (the ARN has colons of its own); primaryIdentifier is PrincipalArn|ClusterName.
    identifier: { state: [{ attr: 'principal_arn' }, { attr: 'cluster_name' }], config: ['principal_arn', 'cluster_name'] },
    identityAttributes: ['principal_arn', 'cluster_name'],
    same: ['principal_arn', 'cluster_name', 'kubernetes_groups', 'tags'],
    attributes: {
      type: { prop: 'Type', createOnly: true, default: 'STANDARD' },
      user_name: { prop: 'Username' },
    },
  },
  aws_eks_access_policy_association: {
    cloudType: 'AWS::EKS::AccessEntry',
    // One element of the access entry's AccessPolicies, matched on the policy ARN; id is
    // "cluster#principal_arn#policy_arn", so the entry comes from the attributes.
    identifier: { state: [{ attr: 'principal_arn' }, { attr: 'cluster_name' }], config: ['principal_arn', 'cluster_name'] },
    identityAttributes: ['principal_arn', 'cluster_name'],
    member: {
      prop: 'AccessPolicies',
      key: { PolicyArn: 'policy_arn' },
      attributes: {
        access_scope: {
          prop: 'AccessScope',
          single: true,
          items: { type: { prop: 'Type', transform: 'enumCI' }, namespaces: { prop: 'Namespaces', set: true } },
        },
      },
    },
  },
  aws_eks_pod_identity_association: {
    cloudType: 'AWS::EKS::PodIdentityAssociation',
    // id is the association id; the primary identifier is the association ARN.
    identifier: { state: [{ attr: 'association_arn' }] },
    identityAttributes: ['cluster_name'],
    same: ['cluster_name', 'namespace', 'service_account', 'role_arn', 'target_role_arn', 'tags'],
    attributes: {
      disable_session_tags: { prop: 'DisableSessionTags', transform: 'bool', default: false },
    },
  },
  aws_eks_fargate_profile: {
    cloudType: 'AWS::EKS::FargateProfile',
    // id is "cluster:profile"; primaryIdentifier is ClusterName|FargateProfileName.
    identifier: { state: [{ attr: 'cluster_name' }, { attr: 'fargate_profile_name' }], config: ['cluster_name', 'fargate_profile_name'] },
    identityAttributes: ['cluster_name', 'fargate_profile_name'],
    same: ['cluster_name', 'fargate_profile_name', 'pod_execution_role_arn', 'tags'],
    attributes: {
      subnet_ids: { prop: 'Subnets', set: true, createOnly: true },
      selector: {
        prop: 'Selectors',
        set: true,
        items: { namespace: { prop: 'Namespace' }, labels: { prop: 'Labels', transform: 'tags' } },
      },
    },
  },
  aws_eks_identity_provider_config: {
    cloudType: 'AWS::EKS::IdentityProviderConfig',
    // id is "cluster:name"; primaryIdentifier is IdentityProviderConfigName|ClusterName|Type, the type ("oidc") taken
    // from the ARN (arn:...:identityproviderconfig/<cluster>/oidc/<name>/<uuid>).
    identifier: {
      state: [{ id: true, split: ':', index: 1 }, { attr: 'cluster_name' }, { attr: 'arn', match: ':identityproviderconfig/[^/]+/([^/]+)/' }],
    },
    identityAttributes: ['cluster_name'],
    attributes: {
      cluster_name: { prop: 'ClusterName', createOnly: true },
      // identity_provider_config_name, inside the block, is IdentityProviderConfigName at the top: it is in the identifier.
      oidc: {
        prop: 'Oidc',
        single: true,
        items: {
          client_id: { prop: 'ClientId' },
          issuer_url: { prop: 'IssuerUrl' },
          groups_claim: { prop: 'GroupsClaim' },
          groups_prefix: { prop: 'GroupsPrefix' },
          username_claim: { prop: 'UsernameClaim' },
          username_prefix: { prop: 'UsernamePrefix' },
          required_claims: { prop: 'RequiredClaims', transform: 'tags' },
        },
      },
      tags,
    },
  },
  aws_eks_capability: {
    cloudType: 'AWS::EKS::Capability',
    // id is "cluster:capability"; the primary identifier is the capability ARN.
    identifier: { state: [{ attr: 'arn' }] },
    identityAttributes: ['cluster_name'],
    // configuration.argo_cd.rbac_role_mapping (RbacRoleMappings/Identities) is not compared: the provider schema this
    // table is built against lacks the identity's id.
    same: ['cluster_name', 'capability_name', 'type', 'role_arn', 'configuration', 'tags'],
    notCompared: {
      delete_propagation_policy: 'what deletion does to the Kubernetes objects; the provider documents DELETE/ORPHAN where the schema allows RETAIN',
    },
  },

  // ---------------------------------------------------------------------------------------------------------------
  // Lambda

  aws_lambda_function: {
    cloudType: 'AWS::Lambda::Function',
    identifier: byName('function_name'),
    same: ['code_signing_config_arn', 'dead_letter_config', 'image_config', 'logging_config', 'tenancy_config', 'capacity_provider_config'],
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
      ephemeral_storage: { prop: 'EphemeralStorage', single: true, items: { size: { prop: 'Size', transform: 'number', default: 512 } } },
      file_system_config: {
        prop: 'FileSystemConfigs',
        items: { arn: { prop: 'Arn' }, local_mount_path: { prop: 'LocalMountPath' } },
      },
      tracing_config: { prop: 'TracingConfig', single: true, items: { mode: { prop: 'Mode', transform: 'enumCI', default: 'PassThrough' } } },
      vpc_config: {
        prop: 'VpcConfig',
        single: true,
        items: {
          subnet_ids: { prop: 'SubnetIds', set: true },
          security_group_ids: { prop: 'SecurityGroupIds', set: true },
          ipv6_allowed_for_dual_stack: { prop: 'Ipv6AllowedForDualStack', transform: 'bool', default: false },
        },
      },
      snap_start: { prop: 'SnapStart', writeOnly: true },
      tags,
    },
    notCompared: {
      filename: 'the Code property is write-only: Cloud Control does not return the code',
      s3_bucket: 'the Code property is write-only',
      s3_key: 'the Code property is write-only',
      s3_object_version: 'the Code property is write-only',
      image_uri: 'the Code property is write-only',
      source_code_hash: 'Terraform-only: a hash of the local package',
      publish: 'Terraform-only: publishes a version (AWS::Lambda::Version)',
      skip_destroy: 'Terraform-only',
      replace_security_groups_on_destroy: 'Terraform-only',
      replacement_security_group_ids: 'Terraform-only',
    },
  },
  aws_lambda_function_recursion_config: {
    cloudType: 'AWS::Lambda::Function',
    // The function's RecursiveLoop; id is the function name.
    identifier: byName('function_name'),
    subResource: true,
    identityAttributes: ['function_name'],
    attributes: { recursive_loop: { prop: 'RecursiveLoop', default: 'Terminate' } },
  },
  aws_lambda_permission: {
    cloudType: 'AWS::Lambda::Permission',
    // id is the statement id; primaryIdentifier is FunctionName|Id (Id is the statement id). A `qualifier` is part
    // of FunctionName in CloudFormation (name:qualifier): the identifier is built from function_name alone.
    identifier: { state: [{ attr: 'function_name' }, { id: true }], config: ['function_name', 'statement_id'] },
    identityAttributes: ['function_name'],
    same: ['action', 'principal', 'source_arn', 'source_account', 'event_source_token', 'principal_org_id', 'function_url_auth_type'],
    notCompared: {
      statement_id_prefix: 'only the generated statement id is in AWS',
      qualifier: 'part of FunctionName (the identifier) in CloudFormation',
    },
  },
  aws_lambda_event_source_mapping: {
    cloudType: 'AWS::Lambda::EventSourceMapping',
    // id is the mapping's UUID, the primary identifier.
    identifier: byId,
    same: [
      'event_source_arn', 'batch_size', 'bisect_batch_on_function_error', 'function_response_types', 'kms_key_arn',
      'maximum_batching_window_in_seconds', 'maximum_record_age_in_seconds', 'maximum_retry_attempts', 'parallelization_factor',
      'queues', 'starting_position', 'topics', 'tumbling_window_in_seconds', 'amazon_managed_kafka_event_source_config',
      'self_managed_kafka_event_source_config', 'document_db_event_source_config', 'metrics_config', 'provisioned_poller_config',
      'scaling_config', 'tags',
    ],
    attributes: {
      // AWS returns the function ARN; the code usually gives the name: both reduced to the name (with its qualifier).
      function_name: { prop: 'FunctionName', transform: { capture: '(?:^|:function:)([^:]+(?::[^:]+)?)$' } },
      enabled: { prop: 'Enabled', transform: 'bool', default: true },
      destination_config: {
        prop: 'DestinationConfig',
        single: true,
        items: { on_failure: { prop: 'OnFailure', single: true, items: { destination_arn: { prop: 'Destination' } } } },
      },
      filter_criteria: {
        prop: 'FilterCriteria',
        single: true,
        items: { filter: { prop: 'Filters', set: true, items: { pattern: { prop: 'Pattern', transform: 'json' } } } },
      },
      source_access_configuration: {
        prop: 'SourceAccessConfigurations',
        set: true,
        items: { type: { prop: 'Type' }, uri: { prop: 'URI' } },
      },
    },
    notCompared: {
      starting_position_timestamp: 'an RFC 3339 string in Terraform, epoch seconds in the model (and create-only)',
      self_managed_event_source: 'a map of endpoint lists joined by commas in Terraform, lists of servers in the model',
    },
  },
  aws_lambda_layer_version: {
    cloudType: 'AWS::Lambda::LayerVersion',
    // id is the layer version's ARN (…:layer:<name>:<version>), the primary identifier.
    identifier: byId,
    same: ['layer_name', 'description', 'license_info', 'compatible_runtimes', 'compatible_architectures'],
    notCompared: {
      filename: 'the Content property is write-only',
      s3_bucket: 'the Content property is write-only',
      s3_key: 'the Content property is write-only',
      s3_object_version: 'the Content property is write-only',
      source_code_hash: 'Terraform-only: a hash of the local package',
      skip_destroy: 'Terraform-only',
    },
  },
  aws_lambda_alias: {
    cloudType: 'AWS::Lambda::Alias',
    // id is the alias ARN, the primary identifier.
    identifier: byId,
    identityAttributes: ['function_name'],
    same: ['function_name', 'name', 'description', 'function_version'],
    attributes: {
      // A map of version to weight (a fraction, a number on both sides) in Terraform, [{FunctionVersion, FunctionWeight}] in the model.
      routing_config: {
        prop: 'RoutingConfig',
        single: true,
        items: { additional_version_weights: { prop: 'AdditionalVersionWeights', transform: { mapOf: ['FunctionVersion', 'FunctionWeight'] } } },
      },
    },
  },
  aws_lambda_function_event_invoke_config: {
    cloudType: 'AWS::Lambda::EventInvokeConfig',
    // id is "function" or "function:qualifier"; primaryIdentifier is FunctionName|Qualifier. Without a qualifier
    // AWS's is $LATEST, which the state does not hold: the identifier then cannot be built.
    identifier: { state: [{ attr: 'function_name' }, { attr: 'qualifier' }], config: ['function_name', 'qualifier'] },
    identityAttributes: ['function_name', 'qualifier'],
    same: ['function_name', 'qualifier', 'maximum_event_age_in_seconds', 'maximum_retry_attempts', 'destination_config'],
  },
  aws_lambda_provisioned_concurrency_config: {
    cloudType: 'AWS::Lambda::Alias',
    // The provisioned concurrency of an alias: its identifier, the alias ARN, is the arn of the alias the code's
    // `qualifier` refers to (a version number qualifier is an AWS::Lambda::Version, which this does not read).
    identifier: { state: [{ ref: 'qualifier', attr: 'arn' }] },
    subResource: true,
    identityAttributes: ['function_name', 'qualifier'],
    importId: '{function_name},{qualifier}',
    attributes: { provisioned_concurrent_executions: { prop: 'ProvisionedConcurrencyConfig/ProvisionedConcurrentExecutions' } },
    notCompared: { skip_destroy: 'Terraform-only' },
  },
  aws_lambda_function_url: {
    cloudType: 'AWS::Lambda::Url',
    // id is the function name (with "/qualifier"); the primary identifier is the function ARN the URL belongs to.
    identifier: { state: [{ attr: 'function_arn' }] },
    identityAttributes: ['function_name'],
    same: ['qualifier', 'cors'],
    attributes: {
      function_name: { prop: 'TargetFunctionArn', createOnly: true },
      authorization_type: { prop: 'AuthType' },
      invoke_mode: { prop: 'InvokeMode', default: 'BUFFERED' },
    },
  },
  aws_lambda_code_signing_config: {
    cloudType: 'AWS::Lambda::CodeSigningConfig',
    // id is the configuration's ARN, the primary identifier.
    identifier: byId,
    same: ['description', 'allowed_publishers', 'tags'],
    attributes: {
      policies: {
        prop: 'CodeSigningPolicies',
        single: true,
        items: { untrusted_artifact_on_deployment: { prop: 'UntrustedArtifactOnDeployment', default: 'Warn' } },
      },
    },
  },

  // ---------------------------------------------------------------------------------------------------------------
  // Step Functions, EventBridge Scheduler

  aws_sfn_state_machine: {
    cloudType: 'AWS::StepFunctions::StateMachine',
    // id is the state machine ARN. The definition comes back as DefinitionString (Definition is write-only): JSON
    // text on both sides, compared as documents.
    identifier: byId,
    same: ['role_arn', 'tracing_configuration', 'tags'],
    attributes: {
      name: { prop: 'StateMachineName', createOnly: true },
      definition: { prop: 'DefinitionString' },
      type: { prop: 'StateMachineType', createOnly: true, default: 'STANDARD' },
      // log_destination ("<log group ARN>:*") is Destinations[].CloudWatchLogsLogGroup.LogGroupArn: not compared.
      logging_configuration: {
        prop: 'LoggingConfiguration',
        single: true,
        items: {
          level: { prop: 'Level', default: 'OFF' },
          include_execution_data: { prop: 'IncludeExecutionData', transform: 'bool', default: false },
        },
      },
    },
    notCompared: {
      name_prefix: 'only the generated name is in AWS',
      encryption_configuration: 'not in the AWS::StepFunctions::StateMachine schema Cloud Control serves',
      publish: 'Terraform-only: publishes a version (AWS::StepFunctions::StateMachineVersion)',
    },
  },
  aws_scheduler_schedule: {
    cloudType: 'AWS::Scheduler::Schedule',
    // id is "group/name"; the primary identifier is the name alone (Cloud Control reads it in its group).
    identifier: { state: [{ attr: 'name' }], config: ['name'] },
    same: ['name', 'description', 'schedule_expression', 'start_date', 'end_date', 'kms_key_arn', 'flexible_time_window', 'target'],
    attributes: {
      group_name: { prop: 'GroupName', default: 'default' },
      schedule_expression_timezone: { prop: 'ScheduleExpressionTimezone', default: 'UTC' },
      state: { prop: 'State', default: 'ENABLED' },
    },
    notCompared: {
      name_prefix: 'only the generated name is in AWS',
      action_after_completion: 'not in the AWS::Scheduler::Schedule schema Cloud Control serves',
    },
  },
  aws_scheduler_schedule_group: {
    cloudType: 'AWS::Scheduler::ScheduleGroup',
    // id is the group name, the primary identifier.
    identifier: byName('name'),
    same: ['name', 'tags'],
    notCompared: { name_prefix: 'only the generated name is in AWS' },
  },
};
