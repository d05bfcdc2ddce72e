// The revert plan's value shapes, from real HCL and state through the drift engine, against live properties from
// a JSON file (planning makes no AWS call; revert.test.ts applies plans against the emulator).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { applyPatch, type Operation } from 'rfc6902';
import { compareResource, expectedValues, loadState, resolveInstances, type ResourceInstance } from '../src/engine/compare/api';
import { planRevert, type RevertPlan } from '../src/engine/revert';
import { loadWorkspace } from '../src/engine/scan/workspace';

const DIR = join(resolve(__dirname, '../..'), 'test-fixtures/revert/shapes');
const LIVE = JSON.parse(readFileSync(join(DIR, 'live.json'), 'utf8')) as Record<string, Record<string, unknown>>;

describe('revert plan: value shapes', () => {
  let instances: ResourceInstance[];
  before(async () => {
    const ws = await loadWorkspace(DIR);
    instances = resolveInstances(ws.scanInput.modules, await loadState({ moduleDir: DIR }), { rootDir: DIR });
  });
  const inst = (address: string) => {
    const i = instances.find((x) => x.address === address);
    assert.ok(i, `no instance ${address}`);
    return i;
  };
  const plan = (address: string): RevertPlan => planRevert(inst(address), expectedValues(inst(address)), LIVE[address]);

  /** The patch applied to the live model (as Cloud Control would) leaves no drift. */
  function assertPatchRemovesDrift(address: string, p: RevertPlan): Record<string, unknown> {
    const doc = structuredClone(LIVE[address]);
    const errors = applyPatch(doc, p.patch as Operation[]);
    assert.deepEqual(errors, p.patch.map(() => null), 'every operation applies');
    const i = inst(address);
    const r = compareResource(i, expectedValues(i), doc, { writeOnly: i.mapping?.writeOnly });
    assert.equal(r.status, 'in_sync', JSON.stringify(r.differences));
    return doc;
  }

  it('security group rules: one CloudFormation rule per source, the list replaced whole', () => {
    const p = plan('aws_security_group.web');
    assert.equal(p.status, 'ready', p.reason);
    assert.deepEqual(p.patch, [
      {
        op: 'replace',
        path: '/SecurityGroupIngress',
        value: [
          { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '10.0.0.0/16' },
          { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '10.1.0.0/16' },
        ],
      },
    ]);
    assertPatchRemovesDrift('aws_security_group.web', p);
  });

  it('hash_key and range_key: the KeySchema list written once, whole', () => {
    const p = plan('aws_dynamodb_table.events');
    assert.equal(p.status, 'ready', p.reason);
    assert.deepEqual(p.patch, [
      { op: 'replace', path: '/KeySchema', value: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }] },
    ]);
    assertPatchRemovesDrift('aws_dynamodb_table.events', p);
  });

  it('numbers and booleans take the live model\'s shape (strings here)', () => {
    const p = plan('aws_sqs_queue.jobs');
    assert.deepEqual(p.patch, [
      { op: 'replace', path: '/VisibilityTimeout', value: '60' },
      { op: 'replace', path: '/ContentBasedDeduplication', value: 'true' },
    ]);
    assertPatchRemovesDrift('aws_sqs_queue.jobs', p);
  });

  it('a tag under ignore_changes keeps its live value', () => {
    const p = plan('aws_s3_bucket.assets');
    assert.deepEqual(p.patch, [{ op: 'replace', path: '/Tags', value: [{ Key: 'Env', Value: 'prod' }, { Key: 'Owner', Value: 'someone-else' }] }]);
    assert.deepEqual(p.changes.map((c) => c.path), ['tags.Env']);
  });

  it('a nested block becomes an object; Lambda environment values are never shown', () => {
    const p = plan('aws_lambda_function.fn');
    assert.deepEqual(p.patch, [{ op: 'replace', path: '/Environment', value: { Variables: { API_URL: 'https://api.example.com' } } }]);
    assert.ok(p.changes.length > 0);
    for (const c of p.changes) {
      assert.equal(c.sensitive, true);
      assert.equal(c.live, '(redacted)');
      assert.equal(c.code, '(redacted)');
    }
    assert.ok(!JSON.stringify(p.changes).includes('evil.example.com'));
    assertPatchRemovesDrift('aws_lambda_function.fn', p);
  });

  it('an attribute partly under ignore_changes is left alone (and said so); the rest is reverted', () => {
    const p = plan('aws_lambda_function.worker');
    assert.equal(p.status, 'ready', p.reason);
    assert.deepEqual(p.patch, [{ op: 'replace', path: '/Runtime', value: 'nodejs20.x' }]);
    assert.deepEqual(p.skipped.map((x) => x.attribute), ['environment']);
    assert.match(p.skipped[0].reason, /environment is partly under lifecycle ignore_changes/);
    assert.deepEqual(p.changes.map((c) => c.path), ['runtime']);
  });

  it('awscc: snake_case attributes and nested keys onto the live names', () => {
    const p = plan('awscc_logs_log_group.audit');
    assert.equal(p.status, 'ready', p.reason);
    assert.deepEqual(p.patch, [
      { op: 'replace', path: '/RetentionInDays', value: 14 },
      { op: 'replace', path: '/Tags', value: [{ Key: 'Env', Value: 'prod' }] },
    ]);
    assertPatchRemovesDrift('awscc_logs_log_group.audit', p);
  });

  it('a live resource already like the code: nothing to revert', () => {
    const address = 'aws_sqs_queue.jobs';
    const fixed = structuredClone(LIVE[address]);
    applyPatch(fixed, plan(address).patch as Operation[]);
    const p = planRevert(inst(address), expectedValues(inst(address)), fixed);
    assert.equal(p.status, 'in_sync');
    assert.deepEqual(p.patch, []);
    assert.match(p.reason ?? '', /has no drift to revert/);
  });
});
