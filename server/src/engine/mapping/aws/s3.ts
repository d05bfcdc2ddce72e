// Storage: S3 buckets and the split bucket resources (sub-trees of AWS::S3::Bucket), S3 Tables, S3 Vectors, EFS.
import type { TableEntry } from '../types';
import { byName, tags } from './common';

export const ENTRIES: Record<string, TableEntry> = {
  aws_s3_bucket: {
    cloudType: 'AWS::S3::Bucket',
    identifier: byName('bucket'),
    attributes: {
      bucket: { prop: 'BucketName', createOnly: true },
      object_lock_enabled: { prop: 'ObjectLockEnabled', transform: 'bool', default: false },
      tags,
    },
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
};
