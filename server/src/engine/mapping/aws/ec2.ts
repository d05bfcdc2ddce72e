// EC2: instances, launch templates, volumes, key pairs, placement, transit gateways, VPC Lattice, Auto Scaling.
import type { TableEntry } from '../types';
import { byId, byName } from './common';

const blockDevices =
  'BlockDeviceMappings holds the root volume and the extra volumes in one list; Terraform splits them into root_block_device and ebs_block_device, and no rule tells the root element apart';
const templateData = 'inside LaunchTemplateData, which is write-only in Cloud Control (never returned by reads)';

export const ENTRIES: Record<string, TableEntry> = {
  aws_instance: {
    cloudType: 'AWS::EC2::Instance',
    // id is the instance id (i-...), the primary identifier.
    identifier: byId,
    same: [
      'instance_type', 'availability_zone', 'subnet_id', 'key_name', 'iam_instance_profile', 'ebs_optimized', 'security_groups',
      'host_id', 'host_resource_group_arn', 'cpu_options', 'credit_specification', 'enclave_options', 'metadata_options',
      'private_dns_name_options', 'tags',
    ],
    attributes: {
      ami: { prop: 'ImageId', createOnly: true },
      vpc_security_group_ids: { prop: 'SecurityGroupIds', set: true },
      private_ip: { prop: 'PrivateIpAddress', createOnly: true },
      placement_group: { prop: 'PlacementGroupName' },
      hibernation: { prop: 'HibernationOptions/Configured', default: false },
      monitoring: { prop: 'Monitoring', transform: 'bool', default: false },
      source_dest_check: { prop: 'SourceDestCheck', transform: 'bool', default: true },
      disable_api_termination: { prop: 'DisableApiTermination', transform: 'bool', default: false },
      instance_initiated_shutdown_behavior: { prop: 'InstanceInitiatedShutdownBehavior', transform: 'enumCI', default: 'stop' },
      tenancy: { prop: 'Tenancy', transform: 'enumCI', default: 'default' },
      // Both base64: UserData is the encoded script.
      user_data_base64: { prop: 'UserData' },
    },
    notCompared: {
      user_data: 'the state holds a SHA-1 of the script and UserData its base64 encoding',
      root_block_device: blockDevices,
      ebs_block_device: blockDevices,
      ephemeral_block_device: blockDevices,
      launch_template: 'LaunchTemplate is write-only',
      ipv6_address_count: 'Ipv6AddressCount is write-only',
      ipv6_addresses: 'Ipv6Addresses is write-only',
      associate_public_ip_address: 'only inside NetworkInterfaces, which the instance model lists only when given at launch',
      secondary_private_ips: 'only inside NetworkInterfaces',
      network_interface: 'NetworkInterfaces is given only at launch',
      volume_tags: 'tags of the volumes, not of the instance',
      disable_api_stop: 'no property',
      maintenance_options: 'no property',
      capacity_reservation_specification: 'no property',
      instance_market_options: 'no property',
      placement_partition_number: 'no property',
      user_data_replace_on_change: 'Terraform-only',
      get_password_data: 'Terraform-only',
      force_destroy: 'Terraform-only',
    },
  },

  // A launch template: Cloud Control reads back only its id and version numbers. id is the template id (lt-...).
  aws_launch_template: {
    cloudType: 'AWS::EC2::LaunchTemplate',
    identifier: byId,
    attributes: {
      // A number in Terraform, a numeric string in the (read-only) DefaultVersionNumber: what the code's default_version says.
      default_version: { prop: 'DefaultVersionNumber', transform: 'number', readOnlyOk: true },
    },
    notCompared: {
      name: 'LaunchTemplateName is not returned by Cloud Control reads (create-only: a rename is another template)',
      tags: 'TagSpecifications is write-only in Cloud Control',
      description: 'VersionDescription (of the first version) is write-only in Cloud Control',
      block_device_mappings: templateData,
      capacity_reservation_specification: templateData,
      cpu_options: templateData,
      credit_specification: templateData,
      disable_api_stop: templateData,
      disable_api_termination: templateData,
      ebs_optimized: templateData,
      enclave_options: templateData,
      hibernation_options: templateData,
      iam_instance_profile: templateData,
      image_id: templateData,
      instance_initiated_shutdown_behavior: templateData,
      instance_market_options: templateData,
      instance_requirements: templateData,
      instance_type: templateData,
      kernel_id: templateData,
      key_name: templateData,
      license_specification: templateData,
      maintenance_options: templateData,
      metadata_options: templateData,
      monitoring: templateData,
      network_interfaces: templateData,
      placement: templateData,
      private_dns_name_options: templateData,
      ram_disk_id: templateData,
      security_group_names: templateData,
      tag_specifications: templateData,
      user_data: templateData,
      vpc_security_group_ids: templateData,
      update_default_version: 'Terraform-only (makes each new version the default)',
      name_prefix: 'only the generated name is in AWS',
    },
  },

  aws_ebs_volume: {
    cloudType: 'AWS::EC2::Volume',
    // id is the volume id (vol-...).
    identifier: byId,
    same: ['availability_zone', 'encrypted', 'iops', 'kms_key_id', 'multi_attach_enabled', 'outpost_arn', 'size', 'snapshot_id', 'throughput', 'volume_initialization_rate', 'tags'],
    attributes: {
      type: { prop: 'VolumeType', default: 'gp2' },
      multi_attach_enabled: { default: false },
    },
    notCompared: { final_snapshot: 'Terraform-only (a snapshot taken on destroy)' },
  },
  aws_volume_attachment: {
    cloudType: 'AWS::EC2::VolumeAttachment',
    // id is a hash (vai-...); the primary identifier is VolumeId|InstanceId.
    identifier: { state: [{ attr: 'volume_id' }, { attr: 'instance_id' }], config: ['volume_id', 'instance_id'] },
    same: ['volume_id', 'instance_id'],
    attributes: { device_name: { prop: 'Device' } },
    notCompared: { force_detach: 'Terraform-only', skip_destroy: 'Terraform-only', stop_instance_before_detaching: 'Terraform-only' },
  },
  aws_key_pair: {
    cloudType: 'AWS::EC2::KeyPair',
    // id is the key name, the primary identifier.
    identifier: byName('key_name'),
    same: ['key_name', 'tags'],
    notCompared: {
      public_key: 'AWS keeps the key in its own encoding (a comment added); the fingerprint is read-only',
      key_name_prefix: 'only the generated name is in AWS',
    },
  },
  aws_placement_group: {
    cloudType: 'AWS::EC2::PlacementGroup',
    // id is the group name, the primary identifier (GroupName, read-only in the schema).
    identifier: byName('name'),
    same: ['strategy', 'spread_level', 'partition_count', 'tags'],
  },
  aws_ec2_capacity_reservation: {
    cloudType: 'AWS::EC2::CapacityReservation',
    // id is the reservation id (cr-...).
    identifier: byId,
    same: ['availability_zone', 'instance_type', 'instance_platform', 'instance_count', 'end_date', 'placement_group_arn'],
    attributes: {
      outpost_arn: { prop: 'OutPostArn' },
      ebs_optimized: { default: false },
      ephemeral_storage: { default: false },
      end_date_type: { default: 'unlimited' },
      instance_match_criteria: { default: 'open' },
      tenancy: { default: 'default' },
    },
    notCompared: { tags: 'tags are inside TagSpecifications (one element per resource type), which no rule can pick out' },
  },
  aws_ec2_managed_prefix_list: {
    cloudType: 'AWS::EC2::PrefixList',
    // id is the prefix list id (pl-...).
    identifier: byId,
    same: ['address_family', 'max_entries', 'tags'],
    attributes: {
      name: { prop: 'PrefixListName' },
      entry: { prop: 'Entries', set: true },
    },
  },

  // Transit gateways.
  aws_ec2_transit_gateway: {
    cloudType: 'AWS::EC2::TransitGateway',
    // id is the transit gateway id (tgw-...).
    identifier: byId,
    same: ['description', 'transit_gateway_cidr_blocks', 'tags'],
    attributes: {
      amazon_side_asn: { default: 64512 },
      auto_accept_shared_attachments: { default: 'disable' },
      default_route_table_association: { default: 'enable' },
      default_route_table_propagation: { default: 'enable' },
      dns_support: { default: 'enable' },
      vpn_ecmp_support: { default: 'enable' },
      multicast_support: { default: 'disable' },
      security_group_referencing_support: { default: 'disable' },
    },
    notCompared: { encryption_support: 'EncryptionSupport is write-only (EncryptionSupportState is read-only)' },
  },
  aws_ec2_transit_gateway_route_table: {
    cloudType: 'AWS::EC2::TransitGatewayRouteTable',
    identifier: byId,
    same: ['transit_gateway_id', 'tags'],
  },
  aws_ec2_transit_gateway_route_table_association: {
    cloudType: 'AWS::EC2::TransitGatewayRouteTableAssociation',
    // id is `<route table>_<attachment>`; the primary identifier is TransitGatewayRouteTableId|TransitGatewayAttachmentId.
    identifier: {
      state: [{ attr: 'transit_gateway_route_table_id' }, { attr: 'transit_gateway_attachment_id' }],
      config: ['transit_gateway_route_table_id', 'transit_gateway_attachment_id'],
    },
    same: ['transit_gateway_route_table_id', 'transit_gateway_attachment_id'],
    notCompared: { replace_existing_association: 'Terraform-only' },
  },
  aws_ec2_transit_gateway_route_table_propagation: {
    cloudType: 'AWS::EC2::TransitGatewayRouteTablePropagation',
    // id is `<route table>_<attachment>`.
    identifier: {
      state: [{ attr: 'transit_gateway_route_table_id' }, { attr: 'transit_gateway_attachment_id' }],
      config: ['transit_gateway_route_table_id', 'transit_gateway_attachment_id'],
    },
    same: ['transit_gateway_route_table_id', 'transit_gateway_attachment_id'],
  },
  aws_ec2_transit_gateway_route: {
    cloudType: 'AWS::EC2::TransitGatewayRoute',
    // id is `<route table>_<destination>`; the primary identifier is TransitGatewayRouteTableId|DestinationCidrBlock.
    identifier: {
      state: [{ attr: 'transit_gateway_route_table_id' }, { attr: 'destination_cidr_block' }],
      config: ['transit_gateway_route_table_id', 'destination_cidr_block'],
    },
    same: ['transit_gateway_route_table_id', 'destination_cidr_block', 'transit_gateway_attachment_id'],
    attributes: { blackhole: { default: false } },
  },
  aws_ec2_transit_gateway_vpc_attachment: {
    cloudType: 'AWS::EC2::TransitGatewayVpcAttachment',
    // id is the attachment id (tgw-attach-...).
    identifier: byId,
    same: ['transit_gateway_id', 'vpc_id', 'subnet_ids', 'tags'],
    attributes: {
      appliance_mode_support: { prop: 'Options/ApplianceModeSupport', default: 'disable' },
      dns_support: { prop: 'Options/DnsSupport', default: 'enable' },
      ipv6_support: { prop: 'Options/Ipv6Support', default: 'disable' },
      security_group_referencing_support: { prop: 'Options/SecurityGroupReferencingSupport' },
    },
    notCompared: {
      transit_gateway_default_route_table_association: 'an association of the gateway default route table, not part of the attachment model',
      transit_gateway_default_route_table_propagation: 'a propagation to the gateway default route table, not part of the attachment model',
    },
  },

  // VPC Lattice: ids are svc-/sn-/snva-/als-..., the primary identifier is the ARN.
  aws_vpclattice_service: {
    cloudType: 'AWS::VpcLattice::Service',
    identifier: { state: [{ attr: 'arn' }] },
    same: ['name', 'certificate_arn', 'custom_domain_name', 'tags'],
    attributes: { auth_type: { default: 'NONE' } },
  },
  aws_vpclattice_service_network: {
    cloudType: 'AWS::VpcLattice::ServiceNetwork',
    identifier: { state: [{ attr: 'arn' }] },
    same: ['name', 'tags'],
    attributes: { auth_type: { default: 'NONE' } },
  },
  aws_vpclattice_service_network_vpc_association: {
    cloudType: 'AWS::VpcLattice::ServiceNetworkVpcAssociation',
    identifier: { state: [{ attr: 'arn' }] },
    same: ['security_group_ids', 'tags'],
    notCompared: {
      service_network_identifier: 'ServiceNetworkIdentifier is write-only; ServiceNetworkArn/Id are read-only',
      vpc_identifier: 'VpcIdentifier is write-only; VpcId is read-only',
    },
  },
  aws_vpclattice_access_log_subscription: {
    cloudType: 'AWS::VpcLattice::AccessLogSubscription',
    identifier: { state: [{ attr: 'arn' }] },
    same: ['destination_arn', 'service_network_log_type', 'tags'],
    notCompared: { resource_identifier: 'ResourceIdentifier is write-only; ResourceArn/ResourceId are read-only' },
  },
  aws_vpclattice_auth_policy: {
    cloudType: 'AWS::VpcLattice::AuthPolicy',
    // id and resource_identifier are the service or service network id or ARN, as given: the primary identifier.
    identifier: { state: [{ attr: 'resource_identifier' }], config: ['resource_identifier'] },
    identityAttributes: ['resource_identifier'],
    // A JSON string in Terraform, a document in the model.
    same: ['policy'],
  },
  aws_vpclattice_target_group: {
    cloudType: 'AWS::VpcLattice::TargetGroup',
    // id is the target group id (tg-...); the primary identifier is the ARN.
    identifier: { state: [{ attr: 'arn' }] },
    same: ['name', 'type', 'tags'],
    attributes: {
      config: {
        prop: 'Config',
        single: true,
        items: {
          port: { prop: 'Port' },
          protocol: { prop: 'Protocol' },
          protocol_version: { prop: 'ProtocolVersion', default: 'HTTP1' },
          ip_address_type: { prop: 'IpAddressType', default: 'IPV4' },
          vpc_identifier: { prop: 'VpcIdentifier' },
          lambda_event_structure_version: { prop: 'LambdaEventStructureVersion' },
          health_check: {
            prop: 'HealthCheck',
            single: true,
            items: {
              enabled: { prop: 'Enabled' },
              protocol: { prop: 'Protocol' },
              protocol_version: { prop: 'ProtocolVersion' },
              port: { prop: 'Port' },
              path: { prop: 'Path' },
              health_check_interval_seconds: { prop: 'HealthCheckIntervalSeconds' },
              health_check_timeout_seconds: { prop: 'HealthCheckTimeoutSeconds' },
              healthy_threshold_count: { prop: 'HealthyThresholdCount' },
              unhealthy_threshold_count: { prop: 'UnhealthyThresholdCount' },
              // matcher { value } is Matcher { HttpCode }.
              matcher: { prop: 'Matcher', single: true, items: { value: { prop: 'HttpCode' } } },
            },
          },
        },
      },
    },
  },

  // EC2 Auto Scaling.
  aws_launch_configuration: {
    cloudType: 'AWS::AutoScaling::LaunchConfiguration',
    // id is the name, the primary identifier. Every property is create-only: a change is a delete and re-create.
    identifier: byName('name'),
    same: ['image_id', 'instance_type', 'key_name', 'iam_instance_profile', 'security_groups', 'associate_public_ip_address', 'ebs_optimized', 'placement_tenancy', 'spot_price', 'metadata_options'],
    attributes: {
      name: { prop: 'LaunchConfigurationName' },
      enable_monitoring: { prop: 'InstanceMonitoring', default: true },
      user_data_base64: { prop: 'UserData' },
    },
    notCompared: {
      user_data: 'the state holds a SHA-1 of the script and UserData its base64 encoding',
      root_block_device: blockDevices,
      ebs_block_device: blockDevices,
      ephemeral_block_device: blockDevices,
      name_prefix: 'only the generated name is in AWS',
    },
  },
  aws_autoscaling_group: {
    cloudType: 'AWS::AutoScaling::AutoScalingGroup',
    // id is the group name, the primary identifier.
    identifier: byName('name'),
    same: [
      'max_size', 'min_size', 'desired_capacity', 'desired_capacity_type', 'vpc_zone_identifier', 'availability_zones', 'termination_policies',
      'service_linked_role_arn', 'placement_group', 'max_instance_lifetime', 'default_instance_warmup', 'context',
      'instance_maintenance_policy', 'availability_zone_distribution', 'capacity_reservation_specification',
    ],
    attributes: {
      name: { prop: 'AutoScalingGroupName' },
      default_cooldown: { prop: 'Cooldown', default: 300 },
      health_check_type: { prop: 'HealthCheckType', default: 'EC2' },
      health_check_grace_period: { prop: 'HealthCheckGracePeriod', default: 300 },
      capacity_rebalance: { prop: 'CapacityRebalance', default: false },
      protect_from_scale_in: { prop: 'NewInstancesProtectedFromScaleIn', default: false },
      launch_configuration: { prop: 'LaunchConfigurationName' },
      launch_template: {
        prop: 'LaunchTemplate',
        single: true,
        items: { id: { prop: 'LaunchTemplateId' }, name: { prop: 'LaunchTemplateName' }, version: { prop: 'Version' } },
      },
      mixed_instances_policy: {
        prop: 'MixedInstancesPolicy',
        single: true,
        items: {
          instances_distribution: { prop: 'InstancesDistribution' },
          launch_template: {
            prop: 'LaunchTemplate',
            single: true,
            items: { launch_template_specification: { prop: 'LaunchTemplateSpecification' }, override: { prop: 'Overrides' } },
          },
        },
      },
      target_group_arns: { prop: 'TargetGroupARNs' },
      load_balancers: { prop: 'LoadBalancerNames' },
      traffic_source: { prop: 'TrafficSources' },
      // Tag blocks {key, value, propagate_at_launch} against [{Key, Value, PropagateAtLaunch}].
      tag: { prop: 'Tags' },
      // The Metrics of MetricsCollection's one element (Granularity 1Minute).
      enabled_metrics: { prop: 'MetricsCollection', transform: { where: { Granularity: '1Minute' }, field: 'Metrics' }, set: true },
    },
    notCompared: {
      metrics_granularity: 'always 1Minute, the one granularity AWS has: the element enabled_metrics is read from',
      suspended_processes: 'no property',
      initial_lifecycle_hook: 'used only when the group is created; LifecycleHookSpecificationList also lists hooks managed elsewhere',
      warm_pool: 'a separate type (AWS::AutoScaling::WarmPool)',
      instance_refresh: 'Terraform-only (starts a refresh on change)',
      name_prefix: 'only the generated name is in AWS',
      force_delete: 'Terraform-only',
      force_delete_warm_pool: 'Terraform-only',
      wait_for_capacity_timeout: 'Terraform-only',
      wait_for_elb_capacity: 'Terraform-only',
      min_elb_capacity: 'Terraform-only',
      ignore_failed_scaling_activities: 'Terraform-only',
    },
  },
  aws_autoscaling_attachment: {
    cloudType: 'AWS::AutoScaling::AutoScalingGroup',
    // One ARN of the group's TargetGroupARNs; the id is generated (`<group>-<timestamp>`), so the group comes from its name.
    identifier: { state: [{ attr: 'autoscaling_group_name' }], config: ['autoscaling_group_name'] },
    identityAttributes: ['autoscaling_group_name'],
    member: { prop: 'TargetGroupARNs', value: 'lb_target_group_arn' },
    notCompared: { elb: 'a Classic Load Balancer attachment is one name of LoadBalancerNames: one membership rule per entry, and this one is for target groups' },
  },
  aws_autoscaling_traffic_source_attachment: {
    cloudType: 'AWS::AutoScaling::AutoScalingGroup',
    // One element of the group's TrafficSources, matched on the traffic_source block's identifier and type; the id is
    // "<group>,<type>,<identifier>", so the group comes from its name.
    identifier: { state: [{ attr: 'autoscaling_group_name' }], config: ['autoscaling_group_name'] },
    identityAttributes: ['autoscaling_group_name'],
    member: { prop: 'TrafficSources', key: { Identifier: 'traffic_source[0].identifier', Type: 'traffic_source[0].type' } },
  },
  aws_autoscaling_policy: {
    cloudType: 'AWS::AutoScaling::ScalingPolicy',
    // id is the policy name; the primary identifier is the ARN.
    identifier: { state: [{ attr: 'arn' }] },
    same: ['adjustment_type', 'cooldown', 'estimated_instance_warmup', 'metric_aggregation_type', 'min_adjustment_magnitude', 'scaling_adjustment', 'predictive_scaling_configuration'],
    attributes: {
      autoscaling_group_name: { prop: 'AutoScalingGroupName' },
      policy_type: { default: 'SimpleScaling' },
      step_adjustment: { prop: 'StepAdjustments', set: true },
      target_tracking_configuration: {
        prop: 'TargetTrackingConfiguration',
        single: true,
        items: {
          target_value: { prop: 'TargetValue' },
          disable_scale_in: { prop: 'DisableScaleIn', default: false },
          predefined_metric_specification: { prop: 'PredefinedMetricSpecification' },
          customized_metric_specification: {
            prop: 'CustomizedMetricSpecification',
            single: true,
            items: {
              metric_name: { prop: 'MetricName' },
              namespace: { prop: 'Namespace' },
              statistic: { prop: 'Statistic' },
              unit: { prop: 'Unit' },
              period: { prop: 'Period' },
              metric_dimension: { prop: 'Dimensions', set: true },
              metrics: { prop: 'Metrics' },
            },
          },
        },
      },
    },
    notCompared: {
      name: 'PolicyName is read-only in the schema (the ARN names the policy)',
      enabled: 'no property',
      'predictive_scaling_configuration.metric_specification': 'Terraform names it singular, MetricSpecifications in AWS: not compared',
    },
  },
  aws_autoscaling_schedule: {
    cloudType: 'AWS::AutoScaling::ScheduledAction',
    // id is the action name; the primary identifier is ScheduledActionName|AutoScalingGroupName.
    identifier: {
      state: [{ attr: 'scheduled_action_name' }, { attr: 'autoscaling_group_name' }],
      config: ['scheduled_action_name', 'autoscaling_group_name'],
    },
    same: ['recurrence', 'time_zone', 'start_time', 'end_time'],
    attributes: {
      autoscaling_group_name: { prop: 'AutoScalingGroupName' },
      // -1 in the code means "leave unchanged": nothing in AWS.
      min_size: { prop: 'MinSize', default: -1 },
      max_size: { prop: 'MaxSize', default: -1 },
      desired_capacity: { prop: 'DesiredCapacity', default: -1 },
    },
    notCompared: { scheduled_action_name: 'the identifier (ScheduledActionName is read-only in the schema)' },
  },
  aws_autoscaling_lifecycle_hook: {
    cloudType: 'AWS::AutoScaling::LifecycleHook',
    // id is the hook name; the primary identifier is AutoScalingGroupName|LifecycleHookName.
    identifier: { state: [{ attr: 'autoscaling_group_name' }, { attr: 'name' }], config: ['autoscaling_group_name', 'name'] },
    same: ['lifecycle_transition', 'notification_metadata', 'notification_target_arn', 'role_arn'],
    attributes: {
      autoscaling_group_name: { prop: 'AutoScalingGroupName' },
      name: { prop: 'LifecycleHookName' },
      default_result: { default: 'ABANDON' },
      heartbeat_timeout: { default: 3600 },
    },
  },

  // Application Auto Scaling.
  aws_appautoscaling_target: {
    cloudType: 'AWS::ApplicationAutoScaling::ScalableTarget',
    // id is the resource id (service/cluster/name); the primary identifier is ResourceId|ScalableDimension|ServiceNamespace.
    identifier: {
      state: [{ attr: 'resource_id' }, { attr: 'scalable_dimension' }, { attr: 'service_namespace' }],
      config: ['resource_id', 'scalable_dimension', 'service_namespace'],
    },
    same: ['resource_id', 'scalable_dimension', 'service_namespace', 'min_capacity', 'max_capacity', 'suspended_state'],
    notCompared: { role_arn: 'RoleARN is write-only', tags: 'the scalable target model has no tags' },
  },
  aws_appautoscaling_policy: {
    cloudType: 'AWS::ApplicationAutoScaling::ScalingPolicy',
    // id is the policy name; the primary identifier is Arn|ScalableDimension.
    identifier: { state: [{ attr: 'arn' }, { attr: 'scalable_dimension' }] },
    same: ['resource_id', 'scalable_dimension', 'service_namespace', 'target_tracking_scaling_policy_configuration'],
    attributes: {
      name: { prop: 'PolicyName' },
      policy_type: { default: 'StepScaling' },
      step_scaling_policy_configuration: {
        prop: 'StepScalingPolicyConfiguration',
        single: true,
        items: {
          adjustment_type: { prop: 'AdjustmentType' },
          cooldown: { prop: 'Cooldown' },
          metric_aggregation_type: { prop: 'MetricAggregationType' },
          min_adjustment_magnitude: { prop: 'MinAdjustmentMagnitude' },
          step_adjustment: { prop: 'StepAdjustments', set: true },
        },
      },
      predictive_scaling_policy_configuration: {
        prop: 'PredictiveScalingPolicyConfiguration',
        single: true,
        items: {
          max_capacity_breach_behavior: { prop: 'MaxCapacityBreachBehavior' },
          max_capacity_buffer: { prop: 'MaxCapacityBuffer' },
          mode: { prop: 'Mode' },
          scheduling_buffer_time: { prop: 'SchedulingBufferTime' },
        },
      },
    },
    notCompared: {
      'predictive_scaling_policy_configuration.metric_specification': 'named metric_data_query/MetricDataQueries differently at every level: not compared',
    },
  },

  // Network Firewall: ids are the ARNs, the primary identifiers.
  aws_networkfirewall_firewall: {
    cloudType: 'AWS::NetworkFirewall::Firewall',
    identifier: byId,
    same: [
      'vpc_id', 'firewall_policy_arn', 'description', 'delete_protection', 'subnet_change_protection', 'firewall_policy_change_protection',
      'availability_zone_change_protection', 'enabled_analysis_types', 'transit_gateway_id', 'tags',
    ],
    attributes: {
      name: { prop: 'FirewallName' },
      subnet_mapping: { prop: 'SubnetMappings', set: true, items: { subnet_id: { prop: 'SubnetId' }, ip_address_type: { prop: 'IPAddressType', default: 'IPV4' } } },
    },
    notCompared: {
      availability_zone_mapping: 'Terraform holds zone ids, AvailabilityZoneMappings zone names',
      encryption_configuration: 'no property',
    },
  },
  aws_networkfirewall_firewall_policy: {
    cloudType: 'AWS::NetworkFirewall::FirewallPolicy',
    identifier: byId,
    same: ['description', 'tags'],
    attributes: {
      name: { prop: 'FirewallPolicyName' },
      firewall_policy: {
        prop: 'FirewallPolicy',
        single: true,
        items: {
          stateless_default_actions: { prop: 'StatelessDefaultActions' },
          stateless_fragment_default_actions: { prop: 'StatelessFragmentDefaultActions' },
          stateful_default_actions: { prop: 'StatefulDefaultActions' },
          stateful_engine_options: { prop: 'StatefulEngineOptions' },
          tls_inspection_configuration_arn: { prop: 'TLSInspectionConfigurationArn' },
          stateless_rule_group_reference: { prop: 'StatelessRuleGroupReferences', set: true },
          stateful_rule_group_reference: { prop: 'StatefulRuleGroupReferences', set: true },
          stateless_custom_action: {
            prop: 'StatelessCustomActions',
            set: true,
            items: {
              action_name: { prop: 'ActionName' },
              action_definition: {
                prop: 'ActionDefinition',
                single: true,
                items: {
                  publish_metric_action: {
                    prop: 'PublishMetricAction',
                    single: true,
                    items: { dimension: { prop: 'Dimensions', set: true, items: { value: { prop: 'Value' } } } },
                  },
                },
              },
            },
          },
        },
      },
    },
    notCompared: {
      'firewall_policy.policy_variables': 'Terraform holds rule_variables as a set of {key, ip_set}; RuleVariables is a map keyed by name: no rule maps one onto the other',
      encryption_configuration: 'no property',
    },
  },
  aws_networkfirewall_rule_group: {
    cloudType: 'AWS::NetworkFirewall::RuleGroup',
    identifier: byId,
    same: ['capacity', 'type', 'description', 'tags'],
    attributes: {
      name: { prop: 'RuleGroupName' },
      // A Suricata rules text given outside rule_group.
      rules: { prop: 'RuleGroup/RulesSource/RulesString' },
      rule_group: {
        prop: 'RuleGroup',
        single: true,
        items: {
          stateful_rule_options: { prop: 'StatefulRuleOptions' },
          rules_source: {
            prop: 'RulesSource',
            single: true,
            items: {
              rules_string: { prop: 'RulesString' },
              rules_source_list: { prop: 'RulesSourceList' },
              stateful_rule: {
                prop: 'StatefulRules',
                items: {
                  action: { prop: 'Action' },
                  header: { prop: 'Header' },
                  rule_option: { prop: 'RuleOptions', set: true },
                },
              },
            },
          },
        },
      },
    },
    notCompared: {
      'rule_group.rule_variables': 'Terraform holds ip_sets/port_sets as sets of {key, ...}; IPSets/PortSets are maps keyed by name: no rule maps one onto the other',
      'rule_group.reference_sets': 'a set of {key, ...} against a map keyed by name, as rule_variables',
      'rule_group.rules_source.stateless_rules_and_custom_actions': 'singular block names (stateless_rule, custom_action, destination ...) at every level: not compared',
      encryption_configuration: 'no property',
    },
  },
  aws_networkfirewall_logging_configuration: {
    cloudType: 'AWS::NetworkFirewall::LoggingConfiguration',
    // id and firewall_arn are the firewall ARN, the primary identifier.
    identifier: { state: [{ attr: 'firewall_arn' }], config: ['firewall_arn'] },
    identityAttributes: ['firewall_arn'],
    attributes: {
      enable_monitoring_dashboard: { prop: 'EnableMonitoringDashboard', default: false },
      // One log_destination_config block per log type, LogDestinationConfigs in no order.
      logging_configuration: {
        prop: 'LoggingConfiguration',
        single: true,
        items: {
          log_destination_config: {
            prop: 'LogDestinationConfigs',
            set: true,
            items: {
              log_type: { prop: 'LogType' },
              log_destination_type: { prop: 'LogDestinationType' },
              // bucketName/prefix, logGroup or deliveryStream: the same keys on both sides.
              log_destination: { prop: 'LogDestination' },
            },
          },
        },
      },
    },
  },

  // EFS.
  aws_efs_file_system: {
    cloudType: 'AWS::EFS::FileSystem',
    // id is the file system id (fs-...).
    identifier: byId,
    same: ['availability_zone_name', 'kms_key_id', 'provisioned_throughput_in_mibps'],
    attributes: {
      encrypted: { default: false },
      performance_mode: { default: 'generalPurpose' },
      throughput_mode: { default: 'bursting' },
      tags: { prop: 'FileSystemTags', transform: 'tags' },
      // One transition per block and per element; the order carries no meaning.
      lifecycle_policy: {
        prop: 'LifecyclePolicies',
        set: true,
        items: {
          transition_to_ia: { prop: 'TransitionToIA' },
          transition_to_archive: { prop: 'TransitionToArchive' },
          transition_to_primary_storage_class: { prop: 'TransitionToPrimaryStorageClass' },
        },
      },
      protection: { prop: 'FileSystemProtection', single: true, items: { replication_overwrite: { prop: 'ReplicationOverwriteProtection', default: 'ENABLED' } } },
    },
    notCompared: { creation_token: 'no property (the idempotency token of the create call)' },
  },
  aws_efs_mount_target: {
    cloudType: 'AWS::EFS::MountTarget',
    // id is the mount target id (fsmt-...).
    identifier: byId,
    same: ['file_system_id', 'subnet_id', 'ip_address', 'security_groups'],
    attributes: { ipv6_address: { prop: 'Ipv6Address' } },
    notCompared: { ip_address_type: 'IpAddressType is write-only' },
  },
  aws_efs_access_point: {
    cloudType: 'AWS::EFS::AccessPoint',
    // id is the access point id (fsap-...).
    identifier: byId,
    same: ['file_system_id', 'posix_user', 'root_directory'],
    attributes: { tags: { prop: 'AccessPointTags', transform: 'tags' } },
  },
  aws_efs_backup_policy: {
    cloudType: 'AWS::EFS::FileSystem',
    // The file system's BackupPolicy; id is the file system id.
    identifier: { state: [{ attr: 'file_system_id' }], config: ['file_system_id'] },
    subResource: true,
    identityAttributes: ['file_system_id'],
    same: ['backup_policy'],
  },
  aws_efs_file_system_policy: {
    cloudType: 'AWS::EFS::FileSystem',
    // The file system's FileSystemPolicy (a document); id is the file system id.
    identifier: { state: [{ attr: 'file_system_id' }], config: ['file_system_id'] },
    subResource: true,
    identityAttributes: ['file_system_id'],
    attributes: { policy: { prop: 'FileSystemPolicy', transform: 'json' } },
    notCompared: { bypass_policy_lockout_safety_check: 'write-only in the schema' },
  },
};
