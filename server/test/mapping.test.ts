import { strict as assert } from 'node:assert';
import { awsccMapping, identifierFromLive, mappingFor } from '../src/engine/compare/api';
import { identifierFromState } from '../src/engine/compare/resolve';
import { cfnFacts, listMode } from '../src/engine/mapping/cfnSchemas';
import { cloudTypeOfAwscc, tableTypes } from '../src/engine/mapping/index';
import { awsccAttributeName, awsccTypeName, snakeCase } from '../src/engine/mapping/naming';

const ISSUE_TYPES = [
  'aws_s3_bucket',
  'aws_s3_bucket_versioning',
  'aws_s3_bucket_public_access_block',
  'aws_s3_bucket_server_side_encryption_configuration',
  'aws_instance',
  'aws_security_group',
  'aws_vpc',
  'aws_subnet',
  'aws_internet_gateway',
  'aws_route_table',
  'aws_eip',
  'aws_iam_role',
  'aws_iam_policy',
  'aws_iam_role_policy',
  'aws_iam_user',
  'aws_lambda_function',
  'aws_dynamodb_table',
  'aws_sqs_queue',
  'aws_sns_topic',
  'aws_cloudwatch_log_group',
  'aws_kms_key',
  'aws_ecr_repository',
  'aws_ecs_cluster',
  'aws_ecs_service',
  'aws_db_instance',
  'aws_route53_zone',
  'aws_lb',
  'aws_eks_cluster',
  'aws_secretsmanager_secret',
  'aws_ssm_parameter',
];

describe('mapping: the aws_* table', () => {
  it('maps every type the issue lists onto a CloudFormation type Cloud Control knows, with its primary identifier', () => {
    for (const t of ISSUE_TYPES) {
      const m = mappingFor(t);
      assert.ok(m, `${t} has a mapping`);
      assert.equal(m.kind, 'table');
      const facts = cfnFacts(m.cloudType);
      assert.ok(facts, `${m.cloudType} (for ${t}) is a Cloud Control type`);
      assert.deepEqual(m.primaryIdentifier, facts.p);
      assert.equal(m.identifier.state.length, facts.p.length, `${t}: one identifier part per primaryIdentifier property`);
      assert.ok(Object.keys(m.attributes).length > 0, `${t} maps attributes`);
    }
    assert.deepEqual(ISSUE_TYPES.filter((t) => !tableTypes().includes(t)), [], 'the first 30 types are all still mapped');
  });

  it('the split S3 resources are sub-trees of AWS::S3::Bucket, identified by the bucket', () => {
    for (const t of ['aws_s3_bucket_versioning', 'aws_s3_bucket_public_access_block', 'aws_s3_bucket_server_side_encryption_configuration']) {
      const m = mappingFor(t)!;
      assert.equal(m.cloudType, 'AWS::S3::Bucket');
      assert.equal(m.subResource, true);
      assert.equal(identifierFromState(m, { id: 'acme-logs', bucket: 'acme-logs' }), 'acme-logs');
    }
    assert.equal(mappingFor('aws_s3_bucket_versioning')!.attributes.versioning_configuration.prop, 'VersioningConfiguration');
    assert.equal(mappingFor('aws_s3_bucket_public_access_block')!.attributes.block_public_acls.prop, 'PublicAccessBlockConfiguration/BlockPublicAcls');
  });

  it('Terraform id (and attributes) to the Cloud Control identifier, compound parts joined with | in schema order', () => {
    assert.equal(identifierFromState(mappingFor('aws_iam_role_policy')!, { id: 'app-role:app-policy' }), 'app-policy|app-role');
    assert.equal(identifierFromState(mappingFor('aws_eip')!, { id: 'eipalloc-1', public_ip: '203.0.113.5' }), '203.0.113.5|eipalloc-1');
    assert.equal(
      identifierFromState(mappingFor('aws_ecs_service')!, { id: 'arn:aws:ecs:eu-west-1:1:service/c/web', cluster: 'arn:aws:ecs:eu-west-1:1:cluster/c' }),
      'arn:aws:ecs:eu-west-1:1:service/c/web|arn:aws:ecs:eu-west-1:1:cluster/c',
    );
    assert.equal(identifierFromState(mappingFor('aws_ecs_cluster')!, { id: 'arn:aws:ecs:eu-west-1:1:cluster/main', name: 'main' }), 'main');
    assert.equal(identifierFromState(mappingFor('aws_db_instance')!, { id: 'db-ABC', identifier: 'main-db' }), 'main-db');
    assert.equal(identifierFromState(mappingFor('aws_sqs_queue')!, { id: 'https://sqs.eu-west-1.amazonaws.com/1/q' }), 'https://sqs.eu-west-1.amazonaws.com/1/q');
    assert.deepEqual(identifierFromState(mappingFor('aws_eip')!, { id: 'eipalloc-1' }), { missing: 'no public_ip' });
  });

  it('identifierFromLive builds the same identifier from listed properties', () => {
    assert.equal(identifierFromLive('AWS::IAM::RolePolicy', { PolicyName: 'app-policy', RoleName: 'app-role', PolicyDocument: {} }), 'app-policy|app-role');
    assert.equal(identifierFromLive('AWS::S3::Bucket', { BucketName: 'acme-logs' }), 'acme-logs');
    assert.equal(identifierFromLive('AWS::S3::Bucket', {}), undefined);
    assert.equal(identifierFromLive('AWS::Nope::Nope', { Id: 'x' }), undefined);
  });

  it('write-only and create-only facts come from the CloudFormation schemas; list modes are known', () => {
    assert.ok(mappingFor('aws_ssm_parameter')!.writeOnly!.includes('Description'));
    assert.ok(mappingFor('aws_db_instance')!.writeOnly!.includes('MasterUserPassword'));
    assert.ok(mappingFor('aws_s3_bucket')!.createOnly!.includes('BucketName'));
    assert.equal(listMode('AWS::S3::Bucket'), 'list');
    assert.equal(listMode('AWS::IAM::RolePolicy'), 'none');
    assert.equal(listMode('AWS::APS::RuleGroupsNamespace'), 'needs-model');
  });

  it('a type with no mapping has none (unsupported, never in sync)', () => {
    assert.equal(mappingFor('aws_route53_record_nope'), undefined);
    assert.equal(mappingFor('google_storage_bucket'), undefined);
    assert.equal(mappingFor('awscc_nothing_here'), undefined);
  });
});

describe('mapping: awscc_* by the provider naming rule', () => {
  it('property names to snake_case at case and digit boundaries, with the fixed replacements', () => {
    // The awscc provider's own examples.
    assert.equal(snakeCase('Arn'), 'arn');
    assert.equal(snakeCase('GlobalReplicationGroupDescription'), 'global_replication_group_description');
    assert.equal(snakeCase('S3Bucket'), 's3_bucket');
    assert.equal(snakeCase('AWS99Thing'), 'aws99_thing');
    assert.equal(snakeCase('CloudWatchLogsLogGroupArn'), 'cloudwatch_logs_log_group_arn');
    assert.equal(snakeCase('VPCEndpointId'), 'vpc_endpoint_id');
    assert.equal(snakeCase('KMSMasterKeyID'), 'kms_master_key_id');
    assert.equal(snakeCase('FSxWindows'), 'fsx_windows');
  });

  it('type names from the CloudFormation type; a top-level Id becomes <resource>_id', () => {
    assert.equal(awsccTypeName('AWS::S3::Bucket'), 'awscc_s3_bucket');
    assert.equal(awsccTypeName('AWS::EC2::VPCEndpoint'), 'awscc_ec2_vpc_endpoint');
    assert.equal(awsccTypeName('AWS::AppSync::GraphQLApi'), 'awscc_appsync_graph_ql_api');
    assert.equal(awsccTypeName('AWS::ElasticLoadBalancingV2::LoadBalancer'), 'awscc_elasticloadbalancingv2_load_balancer');
    assert.equal(awsccAttributeName('awscc_ec2_security_group', 'Id'), 'security_group_id');
    assert.equal(awsccAttributeName('awscc_ec2_security_group', 'GroupName'), 'group_name');
    assert.equal(awsccAttributeName('awscc_x_y', 'Provider'), 'provider_name');
  });

  it('awscc types resolve to their CloudFormation type, identified by the Terraform id', () => {
    assert.equal(cloudTypeOfAwscc('awscc_s3_bucket'), 'AWS::S3::Bucket');
    assert.equal(cloudTypeOfAwscc('awscc_ec2_vpc'), 'AWS::EC2::VPC');
    assert.equal(cloudTypeOfAwscc('awscc_cloudwatch_otel_enrichment'), 'AWS::CloudWatch::OTelEnrichment', 'the provider spells this one by hand');
    const m = awsccMapping('awscc_iam_role')!;
    assert.equal(m.kind, 'generic');
    assert.equal(m.cloudType, 'AWS::IAM::Role');
    assert.equal(identifierFromState(m, { id: 'app-role', role_name: 'app-role' }), 'app-role');
    assert.equal(mappingFor('awscc_iam_role')!.cloudType, 'AWS::IAM::Role');
  });
});
