// The comparison as the CloudFormation schema shapes a property (compare/shaped.ts), on awscc_* resources, which
// have no hand-written mapping at all: each rule makes a look-alike equal and leaves a real change a change.
import { strict as assert } from 'node:assert';
import { compareResource, type ExpectedValues, type ResourceInstance } from '../src/engine/compare/api';
import { mappingFor } from '../src/engine/mapping/index';
import { shapesOf } from '../src/engine/mapping/shapes';
import type { Difference, JsonValue } from '../src/engine/scan/types';

function instance(type: string): ResourceInstance {
  const mapping = mappingFor(type);
  assert.ok(mapping, type);
  return { address: `${type}.this`, modulePath: '', type, name: 'this', sensitivePaths: [], providerKey: 'awscc', mapping, cloudType: mapping.cloudType, identifier: 'x' };
}

function diff(type: string, code: Record<string, JsonValue>, live: Record<string, unknown>): Array<Pick<Difference, 'path' | 'kind' | 'expected' | 'actual'>> {
  const expected: ExpectedValues = Object.fromEntries(Object.entries(code).map(([k, v]) => [k, { value: v, source: 'config' as const }]));
  return compareResource(instance(type), expected, live).differences.map(({ path, kind, expected: e, actual }) => ({ path, kind, expected: e, actual }));
}

describe('compare: values as the schema shapes them (awscc, no hand mapping)', () => {
  it('a list the schema calls unordered (insertionOrder false) matches in any order; a changed element is drift', () => {
    const arns = ['arn:aws:iam::aws:policy/ReadOnlyAccess', 'arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore'];
    assert.deepEqual(diff('awscc_iam_role', { managed_policy_arns: arns }, { RoleName: 'r', ManagedPolicyArns: [...arns].reverse() }), []);
    const d = diff('awscc_iam_role', { managed_policy_arns: arns }, { RoleName: 'r', ManagedPolicyArns: [arns[0], 'arn:aws:iam::aws:policy/AdministratorAccess'] });
    assert.deepEqual(d.map((x) => [x.path, x.kind]), [['managed_policy_arns', 'changed']]);
  });

  it('a list the schema keeps in order (Lambda layers) is compared in order', () => {
    const layers = ['arn:aws:lambda:eu-west-1:1:layer:a:1', 'arn:aws:lambda:eu-west-1:1:layer:b:1'];
    assert.deepEqual(diff('awscc_lambda_function', { layers }, { FunctionName: 'f', Layers: layers }), []);
    assert.deepEqual(diff('awscc_lambda_function', { layers }, { FunctionName: 'f', Layers: [...layers].reverse() }).map((x) => x.path), ['layers']);
  });

  it('a nested object property by property: only what the code sets; a live property the code leaves alone is not drift', () => {
    const live = { BucketName: 'b', VersioningConfiguration: { Status: 'Enabled' }, Arn: 'arn:aws:s3:::b' };
    assert.deepEqual(diff('awscc_s3_bucket', { versioning_configuration: { status: 'Enabled' } }, live), []);
    assert.deepEqual(diff('awscc_s3_bucket', { versioning_configuration: { status: 'Suspended' } }, live), [
      { path: 'versioning_configuration.status', kind: 'changed', expected: 'Suspended', actual: 'Enabled' },
    ]);
  });

  it('a JSON text property (an ECR lifecycle policy) is compared as JSON: whitespace and key order are not drift', () => {
    const policy = '{"rules":[{"rulePriority":1,"selection":{"tagStatus":"untagged","countType":"sinceImagePushed","countUnit":"days","countNumber":14},"action":{"type":"expire"}}]}';
    const reformatted = JSON.stringify(JSON.parse(policy), null, 4).replace('"rulePriority": 1,', '"rulePriority": 1 ,');
    const live = { RepositoryName: 'r', LifecyclePolicy: { LifecyclePolicyText: reformatted, RegistryId: '123456789012' } };
    assert.deepEqual(diff('awscc_ecr_repository', { lifecycle_policy: { lifecycle_policy_text: policy } }, live), []);
    const expired = policy.replace('"countNumber":14', '"countNumber":30');
    assert.deepEqual(diff('awscc_ecr_repository', { lifecycle_policy: { lifecycle_policy_text: expired } }, live).map((x) => [x.path, x.kind]), [['lifecycle_policy.lifecycle_policy_text', 'changed']]);
  });

  it('an untyped object of the schema (a queue redrive policy) is a document: a JSON string in the code against an object live', () => {
    const live = { QueueName: 'q', RedrivePolicy: { deadLetterTargetArn: 'arn:aws:sqs:eu-west-1:1:dlq', maxReceiveCount: 5 } };
    assert.deepEqual(diff('awscc_sqs_queue', { redrive_policy: '{ "maxReceiveCount": 5, "deadLetterTargetArn": "arn:aws:sqs:eu-west-1:1:dlq" }' }, live), []);
    assert.equal(diff('awscc_sqs_queue', { redrive_policy: '{"maxReceiveCount": 6, "deadLetterTargetArn": "arn:aws:sqs:eu-west-1:1:dlq"}' }, live).length, 1);
  });

  it('numbers against numeric strings, booleans against "true"/"false", false against absent', () => {
    const live = { QueueName: 'q', DelaySeconds: 5, FifoQueue: false };
    assert.deepEqual(diff('awscc_sqs_queue', { delay_seconds: '5', fifo_queue: 'false' }, live), []);
    assert.deepEqual(diff('awscc_sqs_queue', { content_based_deduplication: false }, live), [], 'false and absent alike');
    assert.deepEqual(diff('awscc_sqs_queue', { delay_seconds: 6 }, live).map((x) => [x.path, x.expected, x.actual]), [['delay_seconds', 6, 5]]);
    assert.deepEqual(diff('awscc_sqs_queue', { content_based_deduplication: true }, live).map((x) => [x.path, x.kind]), [['content_based_deduplication', 'removed']]);
  });

  it('a map key by key, both ways: a variable added live is drift, with its path', () => {
    const live = { FunctionName: 'f', Environment: { Variables: { LOG_LEVEL: 'info', DEBUG: '1' } } };
    assert.deepEqual(diff('awscc_lambda_function', { environment: { variables: { LOG_LEVEL: 'info' } } }, live), [
      { path: 'environment.variables.DEBUG', kind: 'added', expected: undefined, actual: '1' },
    ]);
    assert.deepEqual(diff('awscc_lambda_function', { environment: { variables: { LOG_LEVEL: 'info', DEBUG: '1' } } }, live), []);
  });

  it('awscc tags, a list of {key, value}: any order, AWS-reserved aws: tags ignored', () => {
    const live = { BucketName: 'b', Tags: [{ Key: 'aws:cloudformation:stack-name', Value: 's' }, { Key: 'Team', Value: 'data' }, { Key: 'Env', Value: 'prod' }] };
    assert.deepEqual(diff('awscc_s3_bucket', { tags: [{ key: 'Env', value: 'prod' }, { key: 'Team', value: 'data' }] }, live), []);
    assert.deepEqual(diff('awscc_s3_bucket', { tags: [{ key: 'Env', value: 'dev' }, { key: 'Team', value: 'data' }] }, live).map((x) => x.path), ['tags']);
  });

  it('a property the schema does not have is not compared; a read-only one neither', () => {
    assert.deepEqual(diff('awscc_s3_bucket', { no_such_property: 'x', arn: 'arn:aws:s3:::other' }, { BucketName: 'b', Arn: 'arn:aws:s3:::b' }), []);
  });

  it('a live document that does not fit its schema is named by the schema check the fixtures use', () => {
    const s3 = shapesOf('AWS::S3::Bucket')!;
    assert.deepEqual(s3.problems({ BucketName: 'b', VersioningConfiguration: { Status: 'Enabled' }, Tags: [{ Key: 'a', Value: 'b' }] }), []);
    assert.deepEqual(s3.problems({ BucketName: 7, Versioning: {}, Tags: {} }), [
      'BucketName: a string in the schema, 7 here',
      'Versioning: not a property of AWS::S3::Bucket',
      'Tags: a list in the schema, {} here',
    ]);
  });
});
