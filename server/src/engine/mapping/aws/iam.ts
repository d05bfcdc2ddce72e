// Identity, keys, certificates and secrets: IAM, KMS, Secrets Manager, ACM, Signer, IAM Roles Anywhere, Private CA.
import type { TableEntry } from '../types';
import { byId, byName, tags } from './common';

export const ENTRIES: Record<string, TableEntry> = {
  // ---------------------------------------------------------------------------------------------------------------
  // IAM roles, policies, instance profiles

  aws_iam_role: {
    cloudType: 'AWS::IAM::Role',
    // id is the role name.
    identifier: byName('name'),
    same: ['description', 'permissions_boundary', 'tags'],
    attributes: {
      name: { prop: 'RoleName', createOnly: true },
      assume_role_policy: { prop: 'AssumeRolePolicyDocument', transform: 'json' },
      max_session_duration: { prop: 'MaxSessionDuration', transform: 'number', default: 3600 },
      path: { prop: 'Path', createOnly: true, default: '/' },
      // Exclusive lists (deprecated arguments): only compared when the code sets them.
      managed_policy_arns: { prop: 'ManagedPolicyArns', set: true },
      inline_policy: {
        prop: 'Policies',
        set: true,
        items: { name: { prop: 'PolicyName' }, policy: { prop: 'PolicyDocument', transform: 'json' } },
      },
    },
    notCompared: {
      name_prefix: 'only the generated name is in AWS',
      force_detach_policies: 'Terraform-only: how a destroy detaches policies',
    },
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
    notCompared: {
      name_prefix: 'only the generated name is in AWS',
      tags: 'AWS::IAM::ManagedPolicy has no Tags in its resource model',
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
    notCompared: { name_prefix: 'only the generated name is in AWS' },
  },
  aws_iam_role_policy_attachment: {
    cloudType: 'AWS::IAM::Role',
    importId: '{role}/{policy_arn}',
    // One ARN of the role's ManagedPolicyArns; the id is `<role>-<timestamp>`, so the role comes from `role`.
    identifier: { state: [{ attr: 'role' }], config: ['role'] },
    identityAttributes: ['role'],
    member: { prop: 'ManagedPolicyArns', value: 'policy_arn' },
  },
  aws_iam_policy_attachment: {
    cloudType: 'AWS::IAM::ManagedPolicy',
    // The exclusive attachment of one policy: the Roles, Users and Groups of the policy's model. id is the `name`
    // label, so the policy comes from `policy_arn`.
    identifier: { state: [{ attr: 'policy_arn' }], config: ['policy_arn'] },
    subResource: true,
    identityAttributes: ['policy_arn'],
    same: ['roles', 'users', 'groups'],
    notCompared: { name: 'Terraform-only: a label for the attachment (its id)' },
  },
  aws_iam_instance_profile: {
    cloudType: 'AWS::IAM::InstanceProfile',
    // id is the profile name.
    identifier: byName('name'),
    attributes: {
      name: { prop: 'InstanceProfileName', createOnly: true },
      path: { prop: 'Path', createOnly: true, default: '/' },
      // The one role of the profile: the single element of Roles.
      role: { prop: 'Roles' },
    },
    notCompared: {
      name_prefix: 'only the generated name is in AWS',
      tags: 'AWS::IAM::InstanceProfile has no Tags in its resource model',
    },
  },
  aws_iam_service_linked_role: {
    cloudType: 'AWS::IAM::ServiceLinkedRole',
    importId: '{Arn}',
    // id is the role ARN; the primary identifier is the role name, which the state's `name` holds.
    identifier: { state: [{ attr: 'name' }] },
    same: ['description'],
    notCompared: {
      aws_service_name: 'write-only in the schema (never returned)',
      custom_suffix: 'write-only in the schema (never returned); the role name ends with it',
      tags: 'AWS::IAM::ServiceLinkedRole has no Tags in its resource model',
    },
  },

  // ---------------------------------------------------------------------------------------------------------------
  // IAM identity providers

  aws_iam_openid_connect_provider: {
    cloudType: 'AWS::IAM::OIDCProvider',
    // id is the provider ARN.
    identifier: byId,
    same: ['client_id_list', 'thumbprint_list', 'tags'],
    notCompared: {
      url: 'part of the ARN (the identifier); IAM keeps it without the https:// the code usually writes',
    },
  },
  aws_iam_saml_provider: {
    cloudType: 'AWS::IAM::SAMLProvider',
    // id is the provider ARN.
    identifier: byId,
    same: ['name', 'saml_metadata_document', 'tags'],
  },

  // ---------------------------------------------------------------------------------------------------------------
  // IAM users and groups

  aws_iam_user: {
    cloudType: 'AWS::IAM::User',
    // id is the user name.
    identifier: byName('name'),
    same: ['permissions_boundary', 'tags'],
    attributes: {
      name: { prop: 'UserName', createOnly: true },
      path: { prop: 'Path', default: '/' },
    },
    notCompared: { force_destroy: 'Terraform-only: what a destroy removes first' },
  },
  aws_iam_user_policy: {
    cloudType: 'AWS::IAM::UserPolicy',
    // id is "user:policy"; primaryIdentifier is PolicyName|UserName.
    identifier: { state: [{ id: true, split: ':', index: 1 }, { id: true, split: ':', index: 0 }], config: ['name', 'user'] },
    identityAttributes: ['user'],
    attributes: {
      name: { prop: 'PolicyName', createOnly: true },
      policy: { prop: 'PolicyDocument', transform: 'json' },
    },
    notCompared: { name_prefix: 'only the generated name is in AWS' },
  },
  aws_iam_user_policy_attachment: {
    cloudType: 'AWS::IAM::User',
    importId: '{user}/{policy_arn}',
    // One ARN of the user's ManagedPolicyArns; the id is `<user>-<timestamp>`, so the user comes from `user`.
    identifier: { state: [{ attr: 'user' }], config: ['user'] },
    identityAttributes: ['user'],
    member: { prop: 'ManagedPolicyArns', value: 'policy_arn' },
  },
  aws_iam_user_group_membership: {
    cloudType: 'AWS::IAM::User',
    // Some of the user's Groups (not exclusive: other groups are not drift); the id is generated, so the user
    // comes from `user`.
    identifier: { state: [{ attr: 'user' }], config: ['user'] },
    identityAttributes: ['user'],
    member: { prop: 'Groups', value: 'groups' },
  },
  aws_iam_group: {
    cloudType: 'AWS::IAM::Group',
    // id is the group name.
    identifier: byName('name'),
    attributes: {
      name: { prop: 'GroupName', createOnly: true },
      path: { prop: 'Path', default: '/' },
    },
  },
  aws_iam_group_policy: {
    cloudType: 'AWS::IAM::GroupPolicy',
    // id is "group:policy"; primaryIdentifier is PolicyName|GroupName.
    identifier: { state: [{ id: true, split: ':', index: 1 }, { id: true, split: ':', index: 0 }], config: ['name', 'group'] },
    identityAttributes: ['group'],
    attributes: {
      name: { prop: 'PolicyName', createOnly: true },
      policy: { prop: 'PolicyDocument', transform: 'json' },
    },
    notCompared: { name_prefix: 'only the generated name is in AWS' },
  },
  aws_iam_group_policy_attachment: {
    cloudType: 'AWS::IAM::Group',
    importId: '{group}/{policy_arn}',
    // One ARN of the group's ManagedPolicyArns; the id is `<group>-<timestamp>`, so the group comes from `group`.
    identifier: { state: [{ attr: 'group' }], config: ['group'] },
    identityAttributes: ['group'],
    member: { prop: 'ManagedPolicyArns', value: 'policy_arn' },
  },

  // ---------------------------------------------------------------------------------------------------------------
  // IAM Roles Anywhere

  aws_rolesanywhere_profile: {
    cloudType: 'AWS::RolesAnywhere::Profile',
    // id is the profile id (a UUID).
    identifier: byId,
    same: ['name', 'enabled', 'role_arns', 'managed_policy_arns', 'session_policy', 'accept_role_session_name', 'tags'],
    attributes: { duration_seconds: { prop: 'DurationSeconds', default: 3600 } },
    notCompared: { require_instance_properties: 'write-only in the schema (never returned)' },
  },
  aws_rolesanywhere_trust_anchor: {
    cloudType: 'AWS::RolesAnywhere::TrustAnchor',
    // id is the trust anchor id (a UUID).
    identifier: byId,
    same: ['name', 'enabled', 'tags'],
    attributes: {
      // SourceData is one of two objects in the schema (no shape to follow): its fields mapped by hand.
      source: {
        prop: 'Source',
        single: true,
        items: {
          source_type: { prop: 'SourceType' },
          source_data: {
            prop: 'SourceData',
            single: true,
            items: { acm_pca_arn: { prop: 'AcmPcaArn' }, x509_certificate_data: { prop: 'X509CertificateData' } },
          },
        },
      },
      // Matched on Event: AWS adds a default setting for each event the code leaves out, which is not drift.
      notification_settings: { prop: 'NotificationSettings', keyedBy: 'Event' },
    },
  },

  // ---------------------------------------------------------------------------------------------------------------
  // KMS

  aws_kms_key: {
    cloudType: 'AWS::KMS::Key',
    // id is the key id.
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
    notCompared: {
      custom_key_store_id: 'no property in AWS::KMS::Key (keys in a custom key store)',
      xks_key_id: 'no property in AWS::KMS::Key (external key stores)',
    },
  },
  aws_kms_key_policy: {
    cloudType: 'AWS::KMS::Key',
    // The KeyPolicy of the key. id is key_id as written (a key id or a key ARN): the key id is its last segment.
    identifier: { state: [{ id: true, match: '([^/]+)$' }], config: ['key_id'] },
    subResource: true,
    identityAttributes: ['key_id'],
    attributes: { policy: { prop: 'KeyPolicy', transform: 'json' } },
    notCompared: { bypass_policy_lockout_safety_check: 'write-only in the schema (never returned)' },
  },
  aws_kms_alias: {
    cloudType: 'AWS::KMS::Alias',
    // id is the alias name (`alias/...`).
    identifier: byName('name'),
    attributes: {
      name: { prop: 'AliasName', createOnly: true },
      // TargetKeyId is read back as the key id; the code may name the key by its ARN: both reduced to the key id.
      target_key_id: { prop: 'TargetKeyId', transform: { capture: '^(?:arn:[^:]+:kms:[^:]*:[0-9]*:key/)?(.+)$' } },
    },
    notCompared: { name_prefix: 'only the generated name is in AWS' },
  },
  aws_kms_replica_key: {
    cloudType: 'AWS::KMS::ReplicaKey',
    // id is the key id (`mrk-...`, the same as the primary key's).
    identifier: byId,
    same: ['primary_key_arn', 'tags'],
    attributes: {
      description: { prop: 'Description', default: '' },
      enabled: { prop: 'Enabled', default: true },
      policy: { prop: 'KeyPolicy', transform: 'json' },
    },
    notCompared: {
      deletion_window_in_days: 'write-only in the schema (PendingWindowInDays, never returned)',
      bypass_policy_lockout_safety_check: 'no property in AWS::KMS::ReplicaKey',
    },
  },

  // ---------------------------------------------------------------------------------------------------------------
  // Secrets Manager

  aws_secretsmanager_secret: {
    cloudType: 'AWS::SecretsManager::Secret',
    // id is the secret ARN.
    identifier: byId,
    attributes: {
      name: { prop: 'Name', createOnly: true },
      description: { prop: 'Description', default: '' },
      kms_key_id: { prop: 'KmsKeyId' },
      // Replica regions, compared on the fields the code sets (kms_key_id is filled in by AWS when left out).
      replica: { prop: 'ReplicaRegions' },
      tags,
    },
    notCompared: {
      name_prefix: 'only the generated name is in AWS',
      policy: 'the resource policy is AWS::SecretsManager::ResourcePolicy (aws_secretsmanager_secret_policy)',
      recovery_window_in_days: 'Terraform-only: used when the secret is deleted',
      force_overwrite_replica_secret: 'Terraform-only: used when a replica is created',
    },
  },
  aws_secretsmanager_secret_rotation: {
    cloudType: 'AWS::SecretsManager::RotationSchedule',
    // id is the secret ARN, the schedule's Id.
    identifier: byId,
    same: ['rotation_lambda_arn', 'rotation_rules'],
    notCompared: {
      secret_id: 'identifies the secret (a name or an ARN, the schedule Id is its ARN)',
      rotate_immediately: 'write-only in the schema (RotateImmediatelyOnUpdate, never returned)',
    },
  },
  aws_secretsmanager_secret_policy: {
    cloudType: 'AWS::SecretsManager::ResourcePolicy',
    // id is the secret ARN, the policy's Id.
    identifier: { state: [{ id: true }], config: ['secret_arn'] },
    identityAttributes: ['secret_arn'],
    attributes: { policy: { prop: 'ResourcePolicy', transform: 'json' } },
    notCompared: { block_public_policy: 'write-only in the schema (never returned)' },
  },

  // ---------------------------------------------------------------------------------------------------------------
  // ACM, Signer

  aws_acm_certificate: {
    cloudType: 'AWS::CertificateManager::Certificate',
    // id is the certificate ARN.
    identifier: byId,
    same: ['domain_name', 'key_algorithm', 'certificate_authority_arn', 'tags'],
    attributes: {
      options: {
        prop: '',
        single: true,
        items: {
          certificate_transparency_logging_preference: { prop: 'CertificateTransparencyLoggingPreference', default: 'ENABLED' },
          export: { prop: 'CertificateExport', default: 'DISABLED' },
        },
      },
    },
    notCompared: {
      subject_alternative_names:
        "ACM's list holds domain_name too, the provider's leaves it out (no rule drops that element); it cannot change without a new certificate",
      validation_method: 'write-only in the schema (never returned)',
      validation_option: 'request-time input of email validation; cannot change without a new certificate',
      certificate_body: 'an imported certificate: AWS::CertificateManager::Certificate only requests certificates',
      certificate_chain: 'an imported certificate: AWS::CertificateManager::Certificate only requests certificates',
      private_key: 'an imported certificate: AWS::CertificateManager::Certificate only requests certificates',
      early_renewal_duration: 'no property in AWS::CertificateManager::Certificate',
    },
  },
  aws_signer_signing_profile: {
    cloudType: 'AWS::Signer::SigningProfile',
    importId: '{name}',
    // id is the profile name; the primary identifier is the profile ARN, which the state's `arn` holds.
    identifier: { state: [{ attr: 'arn' }] },
    same: ['platform_id', 'signature_validity_period', 'tags'],
    notCompared: {
      name: 'ProfileName is read-only in the schema; the ARN (the identifier) holds it',
      name_prefix: 'only the generated name is in AWS',
      signing_material: 'no property in AWS::Signer::SigningProfile',
      signing_parameters: 'no property in AWS::Signer::SigningProfile',
    },
  },

  // ---------------------------------------------------------------------------------------------------------------
  // Private CA (ACM PCA)

  aws_acmpca_certificate_authority: {
    cloudType: 'AWS::ACMPCA::CertificateAuthority',
    // id is the certificate authority ARN, the primary identifier.
    identifier: byId,
    same: ['tags', 'usage_mode'],
    attributes: {
      type: { prop: 'Type', default: 'SUBORDINATE' },
      usage_mode: { default: 'GENERAL_PURPOSE' },
      // The block's algorithms are top-level properties; Subject is write-only (never compared).
      certificate_authority_configuration: {
        prop: '',
        single: true,
        items: {
          key_algorithm: { prop: 'KeyAlgorithm' },
          signing_algorithm: { prop: 'SigningAlgorithm' },
          subject: { prop: 'Subject', single: true },
        },
      },
      // Write-only in AWS::ACMPCA::CertificateAuthority: never compared, re-sent by a revert.
      revocation_configuration: { prop: 'RevocationConfiguration' },
    },
    notCompared: {
      enabled: 'no property: the CA status is AWS::ACMPCA::CertificateAuthorityActivation\'s Status',
      key_storage_security_standard: 'write-only in the schema (never returned), and fixed when the CA is created',
      permanent_deletion_time_in_days: 'Terraform-only: used when the CA is deleted',
    },
  },
  aws_acmpca_certificate: {
    cloudType: 'AWS::ACMPCA::Certificate',
    // id is the certificate ARN; primaryIdentifier is Arn|CertificateAuthorityArn.
    identifier: { state: [{ id: true }, { attr: 'certificate_authority_arn' }] },
    // Everything else is write-only in the schema: the certificate is there or it is missing.
    same: ['certificate_authority_arn'],
    attributes: { certificate_authority_arn: { createOnly: true } },
    notCompared: {
      certificate_signing_request: 'write-only in the schema (never returned); another CSR is another certificate',
      signing_algorithm: 'write-only in the schema (never returned); fixed when the certificate is issued',
      template_arn: 'write-only in the schema (never returned); fixed when the certificate is issued',
      validity: 'write-only in the schema (never returned); fixed when the certificate is issued',
      api_passthrough: 'write-only in the schema (never returned); fixed when the certificate is issued',
    },
  },
  aws_acmpca_certificate_authority_certificate: {
    cloudType: 'AWS::ACMPCA::CertificateAuthorityActivation',
    // The CA's installed certificate; id is the CA ARN, the primary identifier, which certificate_authority_arn holds.
    identifier: { state: [{ attr: 'certificate_authority_arn' }], config: ['certificate_authority_arn'] },
    same: ['certificate_authority_arn'],
    attributes: {
      certificate_authority_arn: { createOnly: true },
      // Write-only in AWS::ACMPCA::CertificateAuthorityActivation: never compared, re-sent by a revert.
      certificate: { prop: 'Certificate' },
      certificate_chain: { prop: 'CertificateChain' },
    },
  },
};
