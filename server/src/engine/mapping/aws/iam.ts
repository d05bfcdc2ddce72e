// Identity, keys, certificates and secrets: IAM, KMS, Secrets Manager, ACM, Signer, IAM Roles Anywhere.
import type { TableEntry } from '../types';
import { byId, byName, tags } from './common';

export const ENTRIES: Record<string, TableEntry> = {
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
  aws_iam_role_policy_attachment: {
    cloudType: 'AWS::IAM::Role',
    // One ARN of the role's ManagedPolicyArns; the id is `<role>-<timestamp>`, so the role comes from `role`.
    identifier: { state: [{ attr: 'role' }], config: ['role'] },
    identityAttributes: ['role'],
    member: { prop: 'ManagedPolicyArns', value: 'policy_arn' },
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
  },
};
