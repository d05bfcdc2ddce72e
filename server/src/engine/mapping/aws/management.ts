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
    importId: '{managed_policy_arn},{1},{0}',
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

  aws_ssoadmin_customer_managed_policy_attachment: {
    cloudType: 'AWS::SSO::PermissionSet',
    // One reference of the permission set's CustomerManagedPolicyReferences, matched on the policy name (unique in an
    // account whatever its path); id is "name,path,permission_set_arn,instance_arn".
    identifier: { state: [{ attr: 'instance_arn' }, { attr: 'permission_set_arn' }], config: ['instance_arn', 'permission_set_arn'] },
    identityAttributes: ['instance_arn', 'permission_set_arn'],
    importId: '{customer_managed_policy_reference[0].name},{customer_managed_policy_reference[0].path},{1},{0}',
    member: {
      prop: 'CustomerManagedPolicyReferences',
      key: { Name: 'customer_managed_policy_reference[0].name' },
      attributes: {
        customer_managed_policy_reference: { prop: '', single: true, items: { path: { prop: 'Path', default: '/' } } },
      },
    },
  },
  aws_ssoadmin_permissions_boundary_attachment: {
    cloudType: 'AWS::SSO::PermissionSet',
    // The PermissionsBoundary of the permission set; id is "permission_set_arn,instance_arn".
    identifier: { state: [{ id: true, split: ',', index: 1 }, { id: true, split: ',', index: 0 }], config: ['instance_arn', 'permission_set_arn'] },
    subResource: true,
    identityAttributes: ['instance_arn', 'permission_set_arn'],
    same: ['permissions_boundary'],
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
  aws_config_aggregate_authorization: {
    cloudType: 'AWS::Config::AggregationAuthorization',
    // id is "account_id:authorized_aws_region"; primaryIdentifier is AuthorizedAccountId|AuthorizedAwsRegion.
    identifier: { state: [{ id: true, split: ':', index: 0 }, { id: true, split: ':', index: 1 }], config: ['account_id', 'authorized_aws_region'] },
    same: ['authorized_aws_region', 'tags'],
    attributes: {
      account_id: { prop: 'AuthorizedAccountId', createOnly: true },
      authorized_aws_region: { createOnly: true },
    },
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

  // Service Catalog
  aws_servicecatalog_portfolio: {
    cloudType: 'AWS::ServiceCatalog::Portfolio',
    // id is the portfolio id (port-...).
    identifier: byId,
    same: ['description', 'provider_name', 'tags'],
    // PortfolioName is read-only: the name the code sets is the DisplayName.
    attributes: { name: { prop: 'DisplayName' } },
  },
  aws_servicecatalog_product: {
    cloudType: 'AWS::ServiceCatalog::CloudFormationProduct',
    // id is the product id (prod-...).
    identifier: byId,
    same: ['name', 'owner', 'description', 'distributor', 'support_description', 'support_email', 'support_url', 'tags'],
    attributes: {
      type: { prop: 'ProductType' },
      // Write-only in AWS::ServiceCatalog::CloudFormationProduct: never compared, re-sent by a revert.
      accept_language: { prop: 'AcceptLanguage' },
    },
    notCompared: {
      provisioning_artifact_parameters:
        'the initial version, which the provider does not read back; the live list holds every version (aws_servicecatalog_provisioning_artifact adds more)',
    },
  },
  aws_servicecatalog_tag_option: {
    cloudType: 'AWS::ServiceCatalog::TagOption',
    // id is the tag option id (tag-...).
    identifier: byId,
    same: ['key', 'value', 'active'],
    attributes: {
      key: { createOnly: true },
      value: { createOnly: true },
      active: { default: true },
    },
  },
  aws_servicecatalog_tag_option_resource_association: {
    cloudType: 'AWS::ServiceCatalog::TagOptionAssociation',
    // id is "tag_option_id:resource_id"; primaryIdentifier is TagOptionId|ResourceId.
    identifier: { state: [{ attr: 'tag_option_id' }, { attr: 'resource_id' }], config: ['tag_option_id', 'resource_id'] },
    importId: '{0}:{1}',
    // Every property is part of the identifier: an association changed by hand is another association (this one missing).
    same: ['tag_option_id', 'resource_id'],
  },
  aws_servicecatalog_principal_portfolio_association: {
    cloudType: 'AWS::ServiceCatalog::PortfolioPrincipalAssociation',
    // id is "accept_language,principal_arn,portfolio_id[,principal_type]"; primaryIdentifier is PortfolioId|PrincipalARN.
    identifier: { state: [{ attr: 'portfolio_id' }, { attr: 'principal_arn' }], config: ['portfolio_id', 'principal_arn'] },
    // accept_language is write-only (never read back); the provider's default is en.
    importId: 'en,{1},{0}',
    // Every property is part of the identifier or create-only: the association is there or it is missing.
    same: ['portfolio_id', 'principal_type'],
    attributes: {
      portfolio_id: { createOnly: true },
      principal_arn: { prop: 'PrincipalARN', createOnly: true },
      principal_type: { createOnly: true, default: 'IAM' },
    },
    notCompared: { accept_language: 'write-only in the schema (never returned); only the language of API messages' },
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

  aws_datazone_user_profile: {
    cloudType: 'AWS::DataZone::UserProfile',
    // id is the user profile id; primaryIdentifier is DomainId|Id (the import id is "user_identifier,domain_identifier,type").
    identifier: { state: [{ attr: 'domain_identifier' }, { id: true }] },
    importId: '{user_identifier},{DomainId},{Type}',
    same: ['status'],
    notCompared: {
      domain_identifier: 'write-only in the schema (DomainId, the identifier, holds it)',
      user_identifier: 'write-only in the schema (never returned); another user is another profile',
      user_type: 'write-only in the schema (never returned); fixed when the profile is created',
    },
  },

  // DataSync locations
  aws_datasync_location_s3: {
    cloudType: 'AWS::DataSync::LocationS3',
    // id is the location ARN, the primary identifier.
    identifier: byId,
    same: ['s3_config', 's3_storage_class', 'tags'],
    attributes: { s3_storage_class: { default: 'STANDARD' } },
    notCompared: {
      s3_bucket_arn: 'write-only in the schema (read back only inside LocationUri); another bucket is another location',
      subdirectory: 'write-only in the schema (read back only inside LocationUri); fixed when the location is created',
      agent_arns: 'no property in AWS::DataSync::LocationS3 (agents of an S3 on Outposts location)',
    },
  },
  aws_datasync_location_efs: {
    cloudType: 'AWS::DataSync::LocationEFS',
    // id is the location ARN, the primary identifier.
    identifier: byId,
    same: ['ec2_config', 'access_point_arn', 'file_system_access_role_arn', 'in_transit_encryption', 'tags'],
    attributes: { ec2_config: { createOnly: true }, in_transit_encryption: { default: 'NONE' } },
    notCompared: {
      efs_file_system_arn: 'write-only in the schema (read back only inside LocationUri); another file system is another location',
      subdirectory: 'write-only in the schema (read back only inside LocationUri); fixed when the location is created',
    },
  },

  // Amazon Managed Service for Prometheus
  aws_prometheus_workspace: {
    cloudType: 'AWS::APS::Workspace',
    // id is the workspace id (ws-...); the primary identifier is the workspace ARN, which the state's `arn` holds.
    identifier: { state: [{ attr: 'arn' }] },
    importId: '{WorkspaceId}',
    same: ['alias', 'logging_configuration', 'tags'],
    attributes: { kms_key_arn: { prop: 'KmsKeyArn', createOnly: true } },
  },

  // Glue Data Catalog and Schema Registry
  aws_glue_catalog_database: {
    cloudType: 'AWS::Glue::Database',
    // id is "catalog_id:name"; the primary identifier is the database name.
    identifier: { state: [{ id: true, split: ':', index: 1 }], config: ['name'] },
    importId: '{CatalogId}:{0}',
    same: ['catalog_id'],
    attributes: {
      name: { prop: 'DatabaseName', createOnly: true },
      // The database's settings are the DatabaseInput object.
      description: { prop: 'DatabaseInput/Description' },
      location_uri: { prop: 'DatabaseInput/LocationUri' },
      parameters: { prop: 'DatabaseInput/Parameters' },
      create_table_default_permission: {
        prop: 'DatabaseInput/CreateTableDefaultPermissions',
        set: true,
        items: {
          permissions: { prop: 'Permissions', set: true },
          principal: { prop: 'Principal', single: true, items: { data_lake_principal_identifier: { prop: 'DataLakePrincipalIdentifier' } } },
        },
      },
      federated_database: { prop: 'DatabaseInput/FederatedDatabase' },
      target_database: { prop: 'DatabaseInput/TargetDatabase' },
    },
    notCompared: { tags: 'AWS::Glue::Database has no Tags in its resource model' },
  },
  aws_glue_registry: {
    cloudType: 'AWS::Glue::Registry',
    // id is the registry ARN, the primary identifier.
    identifier: byId,
    same: ['description', 'tags'],
    attributes: { registry_name: { prop: 'Name', createOnly: true } },
  },
  aws_glue_schema: {
    cloudType: 'AWS::Glue::Schema',
    // id is the schema ARN, the primary identifier.
    identifier: byId,
    same: ['data_format', 'compatibility', 'description', 'tags'],
    attributes: {
      schema_name: { prop: 'Name', createOnly: true },
      registry_arn: { prop: 'Registry/Arn', createOnly: true },
      data_format: { createOnly: true },
    },
    notCompared: {
      schema_definition: 'write-only in the schema (never returned); a new definition is a new schema version',
    },
  },
};

