// Management and governance: SSM, IAM Identity Center, Identity Store, RAM, Cognito, Firewall Manager, Config, Directory Service, CloudTrail, Transfer Family, CloudFormation, developer tools and the rest.
import type { TableEntry } from '../types';
import { byId, byName, tags } from './common';

export const ENTRIES: Record<string, TableEntry> = {
  aws_ssm_parameter: {
    cloudType: 'AWS::SSM::Parameter',
    identifier: byName('name'),
    attributes: {
      name: { prop: 'Name', createOnly: true },
      type: { prop: 'Type' },
      value: { prop: 'Value' },
      // The non-sensitive spelling of value (one or the other is set).
      insecure_value: { prop: 'Value' },
      data_type: { prop: 'DataType', default: 'text' },
      // Description, Tier and AllowedPattern are write-only in AWS::SSM::Parameter (cfn-schemas.json).
      description: { prop: 'Description' },
      tier: { prop: 'Tier' },
      allowed_pattern: { prop: 'AllowedPattern' },
      // AWS::SSM::Parameter holds tags as a JSON object, not a list of {Key, Value}.
      tags: { prop: 'Tags', transform: 'tagMap' },
    },
    notCompared: {
      key_id: 'no property: AWS::SSM::Parameter has no KMS key (it does not model SecureString)',
      overwrite: 'Terraform-only',
      value_wo: 'write-only argument, never in the state',
      value_wo_version: 'Terraform-only trigger for value_wo',
    },
  },

  // IAM Identity Center (SSO admin)
  aws_ssoadmin_permission_set: {
    cloudType: 'AWS::SSO::PermissionSet',
    // id is "permission_set_arn,instance_arn"; primaryIdentifier is InstanceArn|PermissionSetArn.
    identifier: { state: [{ id: true, split: ',', index: 1 }, { id: true, split: ',', index: 0 }] },
    same: ['name', 'description', 'instance_arn', 'tags'],
    attributes: {
      name: { createOnly: true },
      instance_arn: { createOnly: true },
      session_duration: { prop: 'SessionDuration', default: 'PT1H' },
      relay_state: { prop: 'RelayStateType' },
    },
  },
  aws_ssoadmin_managed_policy_attachment: {
    cloudType: 'AWS::SSO::PermissionSet',
    // One ARN of the permission set's ManagedPolicies; id is "managed_policy_arn,permission_set_arn,instance_arn".
    identifier: { state: [{ id: true, split: ',', index: 2 }, { id: true, split: ',', index: 1 }], config: ['instance_arn', 'permission_set_arn'] },
    identityAttributes: ['instance_arn', 'permission_set_arn'],
    member: { prop: 'ManagedPolicies', value: 'managed_policy_arn' },
  },
  aws_ssoadmin_permission_set_inline_policy: {
    cloudType: 'AWS::SSO::PermissionSet',
    // The InlinePolicy of the permission set; id is "permission_set_arn,instance_arn".
    identifier: { state: [{ id: true, split: ',', index: 1 }, { id: true, split: ',', index: 0 }], config: ['instance_arn', 'permission_set_arn'] },
    subResource: true,
    identityAttributes: ['instance_arn', 'permission_set_arn'],
    attributes: { inline_policy: { prop: 'InlinePolicy', transform: 'json' } },
  },
  aws_ssoadmin_account_assignment: {
    cloudType: 'AWS::SSO::Assignment',
    // id is "principal_id,principal_type,target_id,target_type,permission_set_arn,instance_arn"; the primary
    // identifier is InstanceArn|TargetId|TargetType|PermissionSetArn|PrincipalType|PrincipalId.
    identifier: {
      state: [
        { id: true, split: ',', index: 5 },
        { id: true, split: ',', index: 2 },
        { id: true, split: ',', index: 3 },
        { id: true, split: ',', index: 4 },
        { id: true, split: ',', index: 1 },
        { id: true, split: ',', index: 0 },
      ],
      config: ['instance_arn', 'target_id', 'target_type', 'permission_set_arn', 'principal_type', 'principal_id'],
    },
    // Every property is part of the identifier: an assignment changed by hand is another assignment (this one missing).
    same: ['instance_arn', 'target_id', 'target_type', 'permission_set_arn', 'principal_type', 'principal_id'],
  },

  aws_ssoadmin_application_assignment: {
    cloudType: 'AWS::SSO::ApplicationAssignment',
    // id is "application_arn,principal_id,principal_type"; the primary identifier is ApplicationArn|PrincipalType|PrincipalId.
    identifier: {
      state: [{ attr: 'application_arn' }, { attr: 'principal_type' }, { attr: 'principal_id' }],
      config: ['application_arn', 'principal_type', 'principal_id'],
    },
    importId: '{application_arn},{principal_id},{principal_type}',
    // Every property is part of the identifier: an assignment changed by hand is another assignment (this one missing).
    same: ['application_arn', 'principal_type', 'principal_id'],
  },

  // Identity Store
  aws_identitystore_group: {
    cloudType: 'AWS::IdentityStore::Group',
    // id is "identity_store_id/group_id"; primaryIdentifier is GroupId|IdentityStoreId.
    identifier: { state: [{ id: true, split: '/', index: 1 }, { id: true, split: '/', index: 0 }] },
    same: ['display_name', 'description', 'identity_store_id'],
    attributes: { identity_store_id: { createOnly: true } },
  },
  aws_identitystore_group_membership: {
    cloudType: 'AWS::IdentityStore::GroupMembership',
    // id is "identity_store_id/membership_id"; primaryIdentifier is MembershipId|IdentityStoreId.
    identifier: { state: [{ id: true, split: '/', index: 1 }, { id: true, split: '/', index: 0 }] },
    same: ['identity_store_id', 'group_id'],
    attributes: {
      identity_store_id: { createOnly: true },
      group_id: { createOnly: true },
      member_id: { prop: 'MemberId/UserId', createOnly: true },
    },
  },

  // Resource Access Manager
  aws_ram_resource_share: {
    cloudType: 'AWS::RAM::ResourceShare',
    // id is the resource share ARN.
    identifier: byId,
    same: ['name', 'tags'],
    attributes: {
      // Terraform sends false when the code leaves it out (the RAM API would default to true).
      allow_external_principals: { prop: 'AllowExternalPrincipals', transform: 'bool', default: false },
      // Write-only in AWS::RAM::ResourceShare: never compared, re-sent by a revert.
      permission_arns: { prop: 'PermissionArns', set: true },
    },
  },

  // Cognito
  aws_cognito_user_pool: {
    cloudType: 'AWS::Cognito::UserPool',
    // id is the user pool id (eu-west-1_AbC123xyz).
    identifier: byId,
    same: [
      'alias_attributes',
      'auto_verified_attributes',
      'username_attributes',
      'deletion_protection',
      'mfa_configuration',
      'email_verification_message',
      'email_verification_subject',
      'sms_authentication_message',
      'sms_verification_message',
      'user_pool_tier',
      'admin_create_user_config',
      'device_configuration',
      'lambda_config',
      'sms_configuration',
      'user_attribute_update_settings',
      'user_pool_add_ons',
      'username_configuration',
      'verification_message_template',
    ],
    attributes: {
      name: { prop: 'UserPoolName' },
      deletion_protection: { default: 'INACTIVE' },
      mfa_configuration: { default: 'OFF' },
      password_policy: { prop: 'Policies/PasswordPolicy' },
      sign_in_policy: { prop: 'Policies/SignInPolicy' },
      account_recovery_setting: {
        prop: 'AccountRecoverySetting',
        single: true,
        items: { recovery_mechanism: { prop: 'RecoveryMechanisms', set: true, items: { name: { prop: 'Name' }, priority: { prop: 'Priority', transform: 'number' } } } },
      },
      email_configuration: {
        prop: 'EmailConfiguration',
        single: true,
        items: {
          configuration_set: { prop: 'ConfigurationSet' },
          email_sending_account: { prop: 'EmailSendingAccount', default: 'COGNITO_DEFAULT' },
          from_email_address: { prop: 'From' },
          reply_to_email_address: { prop: 'ReplyToEmailAddress' },
          source_arn: { prop: 'SourceArn' },
        },
      },
      // Blocks whose arguments are top-level properties.
      email_mfa_configuration: {
        prop: '',
        single: true,
        items: { message: { prop: 'EmailAuthenticationMessage' }, subject: { prop: 'EmailAuthenticationSubject' } },
      },
      web_authn_configuration: {
        prop: '',
        single: true,
        items: { relying_party_id: { prop: 'WebAuthnRelyingPartyID' }, user_verification: { prop: 'WebAuthnUserVerification' } },
      },
      tags: { prop: 'UserPoolTags', transform: 'tagMap' },
    },
    notCompared: {
      schema: 'AWS returns every standard attribute in Schema and names custom ones custom:<name>; Terraform holds only the declared ones',
      software_token_mfa_configuration: 'it is SOFTWARE_TOKEN_MFA in EnabledMfas, write-only in AWS::Cognito::UserPool',
    },
  },
  aws_cognito_user_pool_client: {
    cloudType: 'AWS::Cognito::UserPoolClient',
    // id is the client id; primaryIdentifier is UserPoolId|ClientId.
    identifier: { state: [{ attr: 'user_pool_id' }, { id: true }] },
    same: [
      'user_pool_id',
      'access_token_validity',
      'id_token_validity',
      'refresh_token_validity',
      'auth_session_validity',
      'token_validity_units',
      'refresh_token_rotation',
      'analytics_configuration',
      'default_redirect_uri',
      'enable_propagate_additional_user_context_data',
      'enable_token_revocation',
      'explicit_auth_flows',
      'prevent_user_existence_errors',
      'read_attributes',
      'write_attributes',
      'supported_identity_providers',
    ],
    attributes: {
      name: { prop: 'ClientName' },
      user_pool_id: { createOnly: true },
      refresh_token_validity: { default: 30 },
      auth_session_validity: { default: 3 },
      enable_token_revocation: { default: true },
      allowed_oauth_flows: { prop: 'AllowedOAuthFlows', set: true },
      allowed_oauth_flows_user_pool_client: { prop: 'AllowedOAuthFlowsUserPoolClient', transform: 'bool', default: false },
      allowed_oauth_scopes: { prop: 'AllowedOAuthScopes', set: true },
      callback_urls: { prop: 'CallbackURLs', set: true },
      logout_urls: { prop: 'LogoutURLs', set: true },
    },
    notCompared: { generate_secret: 'create-only flag that DescribeUserPoolClient does not return; the secret itself is read-only' },
  },
  aws_cognito_user_pool_domain: {
    cloudType: 'AWS::Cognito::UserPoolDomain',
    // id is the domain; primaryIdentifier is UserPoolId|Domain.
    identifier: { state: [{ attr: 'user_pool_id' }, { id: true }], config: ['user_pool_id', 'domain'] },
    same: ['domain', 'user_pool_id'],
    attributes: {
      domain: { createOnly: true },
      user_pool_id: { createOnly: true },
      certificate_arn: { prop: 'CustomDomainConfig/CertificateArn' },
      // Write-only in AWS::Cognito::UserPoolDomain: never compared, re-sent by a revert.
      managed_login_version: { prop: 'ManagedLoginVersion' },
    },
  },
  aws_cognito_user: {
    cloudType: 'AWS::Cognito::UserPoolUser',
    // id is "user_pool_id/username"; primaryIdentifier is UserPoolId|Username.
    identifier: { state: [{ attr: 'user_pool_id' }, { attr: 'username' }], config: ['user_pool_id', 'username'] },
    // Only the identifier is compared: the user is there or it is missing.
    same: ['user_pool_id', 'username'],
    notCompared: {
      attributes:
        'UserAttributes always holds `sub`, which the provider keeps out of `attributes`: mapOf compares every key of both sides, so it would report `sub` as added',
      client_metadata: 'write-only, only used when the user is created',
      desired_delivery_mediums: 'write-only, only used when the user is created',
      force_alias_creation: 'write-only, only used when the user is created',
      message_action: 'write-only, only used when the user is created',
      validation_data: 'write-only, only used when the user is created',
      enabled: 'no property: AWS::Cognito::UserPoolUser does not hold whether the user is enabled',
      password: 'no property: passwords are not part of the resource model',
      temporary_password: 'no property: passwords are not part of the resource model',
    },
  },
  aws_cognito_identity_pool: {
    cloudType: 'AWS::Cognito::IdentityPool',
    // id is the identity pool id (eu-west-1:<uuid>).
    identifier: byId,
    same: [
      'identity_pool_name',
      'allow_unauthenticated_identities',
      'allow_classic_flow',
      'developer_provider_name',
      'supported_login_providers',
      'cognito_identity_providers',
    ],
    attributes: {
      allow_classic_flow: { default: false },
      openid_connect_provider_arns: { prop: 'OpenIdConnectProviderARNs', set: true },
      saml_provider_arns: { prop: 'SamlProviderARNs', set: true },
      tags: { ...tags, prop: 'IdentityPoolTags' },
    },
  },

  // Governance: Firewall Manager, Config, CloudTrail
  aws_fms_policy: {
    cloudType: 'AWS::FMS::Policy',
    // id is the policy id.
    identifier: byId,
    same: [
      'exclude_resource_tags',
      'remediation_enabled',
      'resource_set_ids',
      'resource_tag_logical_operator',
      'resource_type',
      'resource_type_list',
      'exclude_map',
      'include_map',
      'security_service_policy_data',
      'tags',
    ],
    attributes: {
      name: { prop: 'PolicyName' },
      description: { prop: 'PolicyDescription' },
      resource_tags: { prop: 'ResourceTags', transform: 'tags' },
      delete_unused_fm_managed_resources: { prop: 'ResourcesCleanUp', transform: 'bool', default: false },
    },
    notCompared: { delete_all_policy_resources: 'write-only: only used when the policy is deleted' },
  },
  aws_config_config_rule: {
    cloudType: 'AWS::Config::ConfigRule',
    identifier: byName('name'),
    same: ['description', 'input_parameters', 'maximum_execution_frequency', 'scope'],
    attributes: {
      name: { prop: 'ConfigRuleName', createOnly: true },
      evaluation_mode: { prop: 'EvaluationModes', set: true, items: { mode: { prop: 'Mode' } } },
      source: {
        prop: 'Source',
        single: true,
        items: {
          owner: { prop: 'Owner' },
          source_identifier: { prop: 'SourceIdentifier' },
          source_detail: {
            prop: 'SourceDetails',
            set: true,
            items: {
              event_source: { prop: 'EventSource' },
              maximum_execution_frequency: { prop: 'MaximumExecutionFrequency' },
              message_type: { prop: 'MessageType' },
            },
          },
          custom_policy_details: {
            prop: 'CustomPolicyDetails',
            single: true,
            items: {
              enable_debug_log_delivery: { prop: 'EnableDebugLogDelivery', transform: 'bool', default: false },
              policy_runtime: { prop: 'PolicyRuntime' },
              // Write-only: never compared, re-sent by a revert.
              policy_text: { prop: 'PolicyText' },
            },
          },
        },
      },
    },
    notCompared: { tags: 'AWS::Config::ConfigRule has no Tags property' },
  },
  aws_cloudtrail: {
    cloudType: 'AWS::CloudTrail::Trail',
    // id is the trail name (the trail ARN in recent provider versions): the name is what follows the last '/'.
    identifier: { state: [{ id: true, match: '([^/]+)$' }], config: ['name'] },
    same: [
      'enable_log_file_validation',
      'include_global_service_events',
      'is_multi_region_trail',
      'is_organization_trail',
      'kms_key_id',
      's3_bucket_name',
      's3_key_prefix',
      'sns_topic_name',
      'tags',
    ],
    attributes: {
      name: { prop: 'TrailName', createOnly: true },
      enable_log_file_validation: { default: false },
      include_global_service_events: { default: true },
      is_multi_region_trail: { default: false },
      is_organization_trail: { default: false },
      enable_logging: { prop: 'IsLogging', transform: 'bool', default: true },
      cloud_watch_logs_group_arn: { prop: 'CloudWatchLogsLogGroupArn' },
      cloud_watch_logs_role_arn: { prop: 'CloudWatchLogsRoleArn' },
      event_selector: {
        prop: 'EventSelectors',
        set: true,
        items: {
          read_write_type: { prop: 'ReadWriteType', default: 'All' },
          include_management_events: { prop: 'IncludeManagementEvents', transform: 'bool', default: true },
          exclude_management_event_sources: { prop: 'ExcludeManagementEventSources', set: true },
          data_resource: { prop: 'DataResources', set: true, items: { type: { prop: 'Type' }, values: { prop: 'Values', set: true } } },
        },
      },
      advanced_event_selector: {
        prop: 'AdvancedEventSelectors',
        set: true,
        items: {
          name: { prop: 'Name' },
          field_selector: {
            prop: 'FieldSelectors',
            set: true,
            items: {
              field: { prop: 'Field' },
              equals: { prop: 'Equals', set: true },
              not_equals: { prop: 'NotEquals', set: true },
              starts_with: { prop: 'StartsWith', set: true },
              not_starts_with: { prop: 'NotStartsWith', set: true },
              ends_with: { prop: 'EndsWith', set: true },
              not_ends_with: { prop: 'NotEndsWith', set: true },
            },
          },
        },
      },
      insight_selector: { prop: 'InsightSelectors', set: true, items: { insight_type: { prop: 'InsightType' } } },
    },
  },

  // Transfer Family
  aws_transfer_server: {
    cloudType: 'AWS::Transfer::Server',
    // id is the server id (s-...); the primary identifier is the server ARN.
    identifier: { state: [{ attr: 'arn' }] },
    same: [
      'certificate',
      'domain',
      'endpoint_type',
      'identity_provider_type',
      'logging_role',
      'post_authentication_login_banner',
      'pre_authentication_login_banner',
      'protocols',
      'security_policy_name',
      'structured_log_destinations',
      'tags',
      'endpoint_details',
      'protocol_details',
      's3_storage_options',
      'workflow_details',
    ],
    attributes: {
      domain: { createOnly: true, default: 'S3' },
      endpoint_type: { default: 'PUBLIC' },
      identity_provider_type: { default: 'SERVICE_MANAGED' },
      security_policy_name: { default: 'TransferSecurityPolicy-2018-11' },
      // The identity provider's arguments are one IdentityProviderDetails object.
      directory_id: { prop: 'IdentityProviderDetails/DirectoryId' },
      function: { prop: 'IdentityProviderDetails/Function' },
      invocation_role: { prop: 'IdentityProviderDetails/InvocationRole' },
      url: { prop: 'IdentityProviderDetails/Url' },
      sftp_authentication_methods: { prop: 'IdentityProviderDetails/SftpAuthenticationMethods' },
    },
    notCompared: {
      host_key: 'no property: AWS::Transfer::Server does not hold the host key',
      force_destroy: 'Terraform-only',
    },
  },
  aws_transfer_ssh_key: {
    cloudType: 'AWS::Transfer::User',
    // One key of the user's SshPublicKeys. The user's identifier, its ARN, is the arn of the user the code's
    // `user_name` refers to.
    identifier: { state: [{ ref: 'user_name', attr: 'arn' }] },
    identityAttributes: ['server_id', 'user_name'],
    importId: '{server_id}/{user_name}/{ssh_public_key_id}',
    member: { prop: 'SshPublicKeys', value: 'body' },
  },
  aws_transfer_user: {
    cloudType: 'AWS::Transfer::User',
    // id is "server_id/user_name"; the primary identifier is the user ARN.
    identifier: { state: [{ attr: 'arn' }] },
    same: ['server_id', 'user_name', 'home_directory', 'home_directory_type', 'home_directory_mappings', 'policy', 'role', 'posix_profile', 'tags'],
    attributes: {
      server_id: { createOnly: true },
      user_name: { createOnly: true },
      home_directory_type: { default: 'PATH' },
    },
  },

  // CloudFormation
  aws_cloudformation_stack: {
    cloudType: 'AWS::CloudFormation::Stack',
    // id is the stack id (its ARN), the primary identifier.
    identifier: byId,
    same: ['capabilities', 'disable_rollback', 'timeout_in_minutes', 'tags'],
    attributes: {
      name: { prop: 'StackName', createOnly: true },
      template_body: { prop: 'TemplateBody', transform: 'json' },
      disable_rollback: { default: false },
      iam_role_arn: { prop: 'RoleARN' },
      notification_arns: { prop: 'NotificationARNs', set: true },
      policy_body: { prop: 'StackPolicyBody', transform: 'json' },
      // Write-only in AWS::CloudFormation::Stack: never compared, re-sent by a revert.
      template_url: { prop: 'TemplateURL' },
      policy_url: { prop: 'StackPolicyURL' },
    },
    notCompared: {
      parameters: 'Cloud Control returns every template parameter (defaults included, NoEcho ones masked): no rule compares only the keys the code sets',
      on_failure: 'a create-time option, not part of the stack',
    },
  },

  // Other services
  aws_datazone_environment_blueprint_configuration: {
    cloudType: 'AWS::DataZone::EnvironmentBlueprintConfiguration',
    // primaryIdentifier is DomainId|EnvironmentBlueprintId (the import id is "domain_id/environment_blueprint_id").
    identifier: { state: [{ attr: 'domain_id' }, { attr: 'environment_blueprint_id' }], config: ['domain_id', 'environment_blueprint_id'] },
    identityAttributes: ['domain_id', 'environment_blueprint_id'],
    same: ['enabled_regions', 'manage_access_role_arn', 'provisioning_role_arn'],
    attributes: { enabled_regions: { set: true } },
    notCompared: {
      regional_parameters: 'a map of region to parameters in Terraform, a list of {Region, Parameters} in AWS: no rule converts one to the other',
    },
  },
  aws_networkmanager_global_network: {
    cloudType: 'AWS::NetworkManager::GlobalNetwork',
    // id is the global network id (global-network-...).
    identifier: byId,
    same: ['description', 'tags'],
  },
  aws_bedrockagentcore_gateway_target: {
    cloudType: 'AWS::BedrockAgentCore::GatewayTarget',
    // primaryIdentifier is GatewayIdentifier|TargetId (the import id is "gateway_identifier,target_id").
    identifier: { state: [{ attr: 'gateway_identifier' }, { attr: 'target_id' }] },
    same: ['name', 'description', 'gateway_identifier'],
    attributes: { gateway_identifier: { createOnly: true } },
    notCompared: {
      target_configuration: 'TargetConfiguration is untyped in the schema: no rule compares its document with the nested blocks',
      credential_provider_configuration: 'its CredentialProvider is untyped in the schema: no rule compares it with the nested blocks',
    },
  },
  aws_ssm_document: {
    cloudType: 'AWS::SSM::Document',
    // id is the document name.
    identifier: byName('name'),
    same: ['name', 'content', 'document_format', 'document_type', 'target_type', 'version_name', 'tags'],
    attributes: {
      name: { createOnly: true },
      document_type: { createOnly: true },
      document_format: { default: 'JSON' },
    },
    notCompared: {
      permissions: 'no property: sharing the document is not part of AWS::SSM::Document',
      attachments_source: 'Attachments is write-only in AWS::SSM::Document',
    },
  },
  aws_ssm_association: {
    cloudType: 'AWS::SSM::Association',
    // id is the association id, the primary identifier.
    identifier: byId,
    same: [
      'name',
      'association_name',
      'apply_only_at_cron_interval',
      'automation_target_parameter_name',
      'calendar_names',
      'compliance_severity',
      'document_version',
      'max_concurrency',
      'max_errors',
      // Each Terraform value is one element of the property's list of values.
      'parameters',
      'schedule_expression',
      'sync_compliance',
      'targets',
      'tags',
    ],
    attributes: {
      apply_only_at_cron_interval: { default: false },
      output_location: {
        prop: 'OutputLocation/S3Location',
        single: true,
        items: {
          s3_bucket_name: { prop: 'OutputS3BucketName' },
          s3_key_prefix: { prop: 'OutputS3KeyPrefix' },
          s3_region: { prop: 'OutputS3Region' },
        },
      },
      // Write-only in AWS::SSM::Association: never compared, re-sent by a revert.
      wait_for_success_timeout_seconds: { prop: 'WaitForSuccessTimeoutSeconds' },
    },
  },
};

