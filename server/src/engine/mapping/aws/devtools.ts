// Developer tools: CodeBuild, CodePipeline, CodeConnections, CodeDeploy, CodeCommit.
import type { TableEntry } from '../types';
import { byId, byName, tags } from './common';

export const ENTRIES: Record<string, TableEntry> = {
  aws_codepipeline: {
    cloudType: 'AWS::CodePipeline::Pipeline',
    // id is the pipeline name, the primary identifier.
    identifier: byName('name'),
    same: ['role_arn', 'execution_mode', 'pipeline_type', 'tags'],
    attributes: {
      name: { prop: 'Name', createOnly: true },
      // One artifact store without a region is ArtifactStore; several (one per region) are ArtifactStores.
      artifact_store: { prop: 'ArtifactStore' },
      stage: {
        prop: 'Stages',
        items: {
          name: { prop: 'Name' },
          action: {
            prop: 'Actions',
            items: {
              name: { prop: 'Name' },
              category: { prop: 'ActionTypeId/Category' },
              owner: { prop: 'ActionTypeId/Owner' },
              provider: { prop: 'ActionTypeId/Provider' },
              version: { prop: 'ActionTypeId/Version' },
              configuration: { prop: 'Configuration' },
              namespace: { prop: 'Namespace' },
              region: { prop: 'Region' },
              role_arn: { prop: 'RoleArn' },
              run_order: { prop: 'RunOrder', default: 1 },
              timeout_in_minutes: { prop: 'TimeoutInMinutes' },
              // Names in Terraform, [{Name}] in the model, in order.
              input_artifacts: { prop: 'InputArtifacts', transform: { listOf: 'Name' } },
              output_artifacts: { prop: 'OutputArtifacts', transform: { listOf: 'Name' } },
            },
          },
          on_failure: { prop: 'OnFailure', single: true, items: { result: { prop: 'Result' }, retry_configuration: { prop: 'RetryConfiguration' } } },
        },
      },
      // Same names below (provider_type, git_configuration { push { branches { includes } } } ...; name, default_value).
      trigger: { prop: 'Triggers' },
      variable: { prop: 'Variables' },
    },
    notCompared: {
      'stage.*.condition': 'one condition block (before_entry, on_success, on_failure) in Terraform, a list of Conditions in the resource model',
    },
  },
  aws_codeconnections_connection: {
    cloudType: 'AWS::CodeConnections::Connection',
    // id is the connection ARN.
    identifier: byId,
    same: ['provider_type', 'host_arn', 'tags'],
    attributes: { name: { prop: 'ConnectionName', createOnly: true } },
  },
  aws_codedeploy_app: {
    cloudType: 'AWS::CodeDeploy::Application',
    // id is `<application id>:<name>`; the primary identifier is the name.
    identifier: { state: [{ attr: 'name' }], config: ['name'] },
    attributes: {
      name: { prop: 'ApplicationName', createOnly: true },
      compute_platform: { prop: 'ComputePlatform', transform: 'enumCI', createOnly: true, default: 'Server' },
      tags,
    },
  },
  aws_codedeploy_deployment_group: {
    cloudType: 'AWS::CodeDeploy::DeploymentGroup',
    // id is the deployment group id (a UUID); the primary identifier is ApplicationName|DeploymentGroupName.
    identifier: { state: [{ attr: 'app_name' }, { attr: 'deployment_group_name' }], config: ['app_name', 'deployment_group_name'] },
    same: ['service_role_arn', 'outdated_instances_strategy', 'deployment_style', 'auto_rollback_configuration', 'tags'],
    attributes: {
      app_name: { prop: 'ApplicationName', createOnly: true },
      deployment_group_name: { prop: 'DeploymentGroupName', createOnly: true },
      deployment_config_name: { prop: 'DeploymentConfigName', default: 'CodeDeployDefault.OneAtATime' },
      termination_hook_enabled: { prop: 'TerminationHookEnabled', default: false },
      autoscaling_groups: { prop: 'AutoScalingGroups', set: true },
      alarm_configuration: {
        prop: 'AlarmConfiguration',
        single: true,
        items: {
          // A set of names in Terraform, [{Name}] in the model.
          alarms: { prop: 'Alarms', transform: { listOf: 'Name' }, set: true },
          enabled: { prop: 'Enabled', default: false },
          ignore_poll_alarm_failure: { prop: 'IgnorePollAlarmFailure', default: false },
        },
      },
      // Same names below (deployment_ready_option { action_on_timeout } ...; key, type, value; cluster_name, service_name ...).
      blue_green_deployment_config: { prop: 'BlueGreenDeploymentConfiguration' },
      ec2_tag_filter: { prop: 'Ec2TagFilters', set: true },
      on_premises_instance_tag_filter: { prop: 'OnPremisesInstanceTagFilters', set: true },
      trigger_configuration: { prop: 'TriggerConfigurations', set: true },
      ecs_service: { prop: 'ECSServices' },
      ec2_tag_set: {
        prop: 'Ec2TagSet/Ec2TagSetList',
        set: true,
        items: { ec2_tag_filter: { prop: 'Ec2TagGroup', set: true, items: { key: { prop: 'Key' }, type: { prop: 'Type' }, value: { prop: 'Value' } } } },
      },
      load_balancer_info: {
        prop: 'LoadBalancerInfo',
        single: true,
        items: {
          elb_info: { prop: 'ElbInfoList', set: true, items: { name: { prop: 'Name' } } },
          target_group_info: { prop: 'TargetGroupInfoList', set: true, items: { name: { prop: 'Name' } } },
          target_group_pair_info: {
            prop: 'TargetGroupPairInfoList',
            items: {
              prod_traffic_route: { prop: 'ProdTrafficRoute', single: true, items: { listener_arns: { prop: 'ListenerArns', set: true } } },
              test_traffic_route: { prop: 'TestTrafficRoute', single: true, items: { listener_arns: { prop: 'ListenerArns', set: true } } },
              target_group: { prop: 'TargetGroups', items: { name: { prop: 'Name' } } },
            },
          },
        },
      },
    },
  },
};
