import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildModuleIndex, indexText, walk, type IndexedFile, type ModuleIndex } from '../src/engine/index/index';
import {
  baseResult,
  compareResource,
  expectedValues,
  identifierFromLive,
  listTargets,
  loadState,
  resolveInstances,
  type ResourceInstance,
} from '../src/engine/compare/api';
import { jsonEqual } from '../src/engine/compare/compare';
import type { JsonValue, ResourceResult } from '../src/engine/scan/types';

const WS = path.resolve(__dirname, '../../test-fixtures/compare/workspace');

interface LiveEntry {
  cloudType: string;
  region: string;
  properties: Record<string, JsonValue>;
}

/** The workspace's modules, through the real parser and indexer. */
function indexWorkspace(dir: string): ModuleIndex[] {
  const byDir = new Map<string, IndexedFile[]>();
  for (const f of walk([dir])) {
    const file = indexText(f, readFileSync(f, 'utf8'));
    assert.deepEqual(file.errors, [], `syntax errors in ${f}`);
    let l = byDir.get(file.moduleDir);
    if (!l) byDir.set(file.moduleDir, (l = []));
    l.push(file);
  }
  return [...byDir].map(([d, files]) => buildModuleIndex(d, files));
}

/**
 * What a scan does with this part's API, with live properties from a JSON file instead of Cloud Control (the
 * scan orchestrator's tests do the same against the emulator over HTTP).
 */
async function scanFixture(dir: string, liveFile = 'live.json') {
  const modules = indexWorkspace(dir);
  const state = await loadState({ moduleDir: dir });
  const instances = resolveInstances(modules, state, { rootDir: dir });
  const live = (JSON.parse(readFileSync(path.join(dir, liveFile), 'utf8')) as { resources: LiveEntry[] }).resources;
  const find = (inst: ResourceInstance) =>
    live.find((l) => l.cloudType === inst.cloudType && (l.region === inst.region || !inst.region) && identifierFromLive(l.cloudType, l.properties) === inst.identifier);
  const results = new Map<string, ResourceResult>();
  for (const inst of instances) {
    let r: ResourceResult;
    if (inst.preStatus === 'unsupported' || inst.preStatus === 'error') r = baseResult(inst, inst.preStatus, inst.reason);
    else if (!inst.identifier) r = baseResult(inst, 'not_in_state');
    else {
      const l = find(inst);
      if (!l) r = baseResult(inst, inst.preStatus === 'not_in_state' ? 'not_in_state' : 'missing');
      else r = compareResource(inst, expectedValues(inst), l.properties, { writeOnly: inst.mapping?.writeOnly });
    }
    results.set(inst.address, r);
  }
  // Unmanaged: listed for a (type, region) the workspace uses, and claimed by no instance.
  const targets = listTargets(instances);
  const claimed = new Set(instances.filter((i) => i.identifier && !i.mapping?.subResource).map((i) => `${i.cloudType}|${i.identifier}`));
  for (const l of live) {
    if (!targets.some((t) => t.cloudType === l.cloudType && t.region === l.region)) continue;
    const id = identifierFromLive(l.cloudType, l.properties)!;
    if (!claimed.has(`${l.cloudType}|${id}`)) results.set(`${l.cloudType} ${id}`, { address: `${l.cloudType} ${id}`, type: l.cloudType, cloudType: l.cloudType, identifier: id, region: l.region, status: 'unmanaged', differences: [] });
  }
  return { instances, results, state };
}

describe('compare: a workspace fixture (real HCL, state, live properties)', () => {
  let scan: Awaited<ReturnType<typeof scanFixture>>;
  const res = (address: string) => {
    const r = scan.results.get(address);
    assert.ok(r, `no result for ${address}; have ${[...scan.results.keys()].join(', ')}`);
    return r;
  };
  const inSync = (address: string) => {
    const r = res(address);
    assert.equal(r.status, 'in_sync', `${address}: ${JSON.stringify(r.differences, null, 1)}`);
  };
  before(async () => {
    scan = await scanFixture(WS);
  });

  it('gives every status, each where it belongs', () => {
    const statuses = Object.fromEntries([...scan.results].map(([a, r]) => [a, r.status]));
    assert.deepEqual(statuses, {
      'aws_s3_bucket.logs': 'in_sync',
      'aws_s3_bucket_versioning.logs': 'in_sync',
      'aws_s3_bucket_public_access_block.logs': 'drifted',
      'aws_iam_role.app': 'in_sync',
      'aws_iam_role_policy.app': 'drifted',
      'aws_security_group.web': 'in_sync',
      'aws_instance.web[0]': 'in_sync',
      'aws_instance.web[1]': 'drifted',
      'aws_db_instance.main': 'in_sync',
      'aws_ssm_parameter.token': 'drifted',
      'aws_s3_bucket.new': 'not_in_state',
      'aws_network_acl_rule.www': 'unsupported',
      'aws_route53_zone.main': 'in_sync',
      'aws_sqs_queue.jobs': 'missing',
      'awscc_s3_bucket.data': 'drifted',
      'aws_eip.nat': 'error',
      'aws_lambda_function.fn': 'in_sync',
      'module.net.aws_vpc.this': 'in_sync',
      'module.net.aws_subnet.private["a"]': 'in_sync',
      'module.net.aws_subnet.private["b"]': 'drifted',
      'aws_cloudwatch_log_group.old': 'drifted',
      'aws_ssm_parameter.legacy': 'drifted',
      'aws_lb.web': 'in_sync',
      'AWS::S3::Bucket stray-bucket': 'unmanaged',
    });
  });

  it('identity: addresses, Cloud Control identifiers, providers and regions', () => {
    const by = (a: string) => scan.instances.find((i) => i.address === a)!;
    assert.equal(by('aws_iam_role_policy.app').identifier, 'app-inline|acme-prod-app');
    assert.equal(by('aws_db_instance.main').providerKey, 'aws.west');
    assert.equal(by('aws_db_instance.main').region, 'us-west-2');
    assert.equal(by('aws_s3_bucket.logs').region, 'eu-west-1', 'var.region of the provider block');
    assert.equal(by('module.net.aws_subnet.private["b"]').identifier, 'subnet-b');
    assert.equal(by('module.net.aws_subnet.private["b"]').providerKey, 'aws', 'a child module inherits the default provider');
    assert.equal(by('awscc_s3_bucket.data').cloudType, 'AWS::S3::Bucket');
    assert.equal(by('awscc_s3_bucket.data').providerKey, 'awscc');
    assert.equal(by('aws_s3_bucket_versioning.logs').mapping!.subResource, true);
    assert.match(res('aws_eip.nat').error!, /public_ip/);
    assert.match(res('aws_network_acl_rule.www').error!, /no Cloud Control counterpart/);
    const targets = listTargets(scan.instances).map((t) => `${t.cloudType}@${t.region}/${t.providerKey}`);
    assert.ok(targets.includes('AWS::RDS::DBInstance@us-west-2/aws.west'));
    assert.ok(targets.includes('AWS::S3::Bucket@eu-west-1/aws'));
    assert.ok(!targets.some((t) => t.startsWith('undefined')), 'unsupported types are not listed');
  });

  it('not_in_state: the identifier comes from the config (an import candidate)', () => {
    const r = res('aws_s3_bucket.new');
    assert.equal(r.identifier, 'acme-prod-new');
    assert.equal(r.file, path.join(WS, 'main.tf'));
    assert.equal(r.range!.start.line, 139);
  });

  it('ranges come from the caller\'s line starts when given (an open editor\'s text), else from the file on disk', () => {
    const inst = scan.instances.find((i) => i.address === 'aws_s3_bucket.new')!;
    const oneLine = baseResult(inst, 'not_in_state', undefined, () => [0]);
    assert.equal(oneLine.range!.start.line, 0);
    assert.equal(oneLine.range!.start.character, inst.resource!.block.header.start);
    assert.equal(baseResult(inst, 'not_in_state').range!.start.line, 139);
  });

  it('differences: Terraform paths, expected, actual, kind, source and the attribute range', () => {
    const pab = res('aws_s3_bucket_public_access_block.logs');
    assert.deepEqual(
      pab.differences.map(({ range, ...d }) => d),
      [{ path: 'restrict_public_buckets', expected: true, actual: false, kind: 'changed', source: 'config' }],
    );
    assert.equal(pab.differences[0].range!.start.line, 51);
    const web1 = res('aws_instance.web[1]');
    assert.deepEqual(
      web1.differences.map(({ range, ...d }) => d),
      [
        { path: 'instance_type', expected: 't3.small', actual: 't3.large', kind: 'changed', source: 'config' },
        { path: 'tags.CostCenter', expected: undefined, actual: '42', kind: 'added', source: 'config' },
      ],
    );
    const subnet = res('module.net.aws_subnet.private["b"]');
    assert.deepEqual(
      subnet.differences.map(({ range, ...d }) => d),
      [{ path: 'tags.Name', expected: 'private-b', actual: 'renamed', kind: 'changed', source: 'config' }],
    );
    assert.equal(subnet.file, path.join(WS, 'modules/net/main.tf'));
    const cc = res('awscc_s3_bucket.data');
    assert.deepEqual(
      cc.differences.map(({ range, ...d }) => d),
      [{ path: 'versioning_configuration.status', expected: 'Enabled', actual: 'Suspended', kind: 'changed', source: 'config' }],
    );
  });

  it('a JSON policy that really differs is reported, as documents', () => {
    const d = res('aws_iam_role_policy.app').differences;
    assert.equal(d.length, 1);
    assert.equal(d[0].path, 'policy');
    assert.equal((d[0].expected as { Statement: Array<{ Resource: string }> }).Statement[0].Resource, 'arn:aws:s3:::acme-prod-logs/*');
    assert.equal((d[0].actual as { Statement: Array<{ Resource: string }> }).Statement[0].Resource, 'arn:aws:s3:::*');
  });

  it('sensitive values are redacted in differences (a sensitive variable, a sensitive state path)', () => {
    const d = res('aws_ssm_parameter.token').differences;
    assert.deepEqual(d.map(({ range, ...x }) => x), [{ path: 'value', expected: '(sensitive)', actual: '(sensitive)', kind: 'changed', source: 'config', sensitive: true }]);
    const legacy = res('aws_ssm_parameter.legacy').differences;
    assert.deepEqual(legacy, [{ path: 'value', expected: '(sensitive)', actual: '(sensitive)', kind: 'changed', source: 'state', sensitive: true }]);
    const all = JSON.stringify([...scan.results.values()]);
    for (const secret of ['tok-', 'hunter2', 'secret-value']) assert.ok(!all.includes(secret), `no secret (${secret}) in any result`);
  });

  it('without config, the state is the expected value (source: state)', () => {
    const d = res('aws_cloudwatch_log_group.old').differences;
    assert.deepEqual(d, [{ path: 'retention_in_days', expected: 14, actual: 30, kind: 'changed', source: 'state' }]);
  });

  it('an attribute the code sets from an unknown value falls back to the state', () => {
    const fn = scan.instances.find((i) => i.address === 'aws_lambda_function.fn')!;
    const e = expectedValues(fn);
    assert.equal(e.role.source, 'state');
    assert.equal(e.role.value, 'arn:aws:iam::123456789012:role/exec');
    assert.equal(e.function_name.source, 'config');
    assert.equal(e.function_name.value, 'acme-prod-fn', 'tfvars win over the default');
    assert.deepEqual(e.environment.value, [{ variables: { LOG_LEVEL: 'INFO' } }]);
    assert.deepEqual(e.tags.value, { Team: 'platform', Env: 'prod' }, 'default_tags alone');
  });

  // Each normalisation rule: the resource is in sync only because of it.
  it('rule: tags merged with the provider default_tags; AWS-reserved aws: tags ignored', () => {
    inSync('aws_s3_bucket.logs');
    inSync('aws_iam_role.app');
  });
  it('rule: JSON documents compared semantically (IAM: key order, single statement vs list, string vs [string])', () => inSync('aws_iam_role.app'));
  it('rule: sets unordered (security group ids), security group rules one source each', () => {
    inSync('aws_instance.web[0]');
    inSync('aws_security_group.web');
  });
  it('rule: numbers against numeric strings, case-insensitive enums, write-only never compared', () => inSync('aws_db_instance.main'));
  it('rule: null/absent/empty and documented defaults (monitoring = false against no Monitoring)', () => {
    inSync('aws_instance.web[0]');
    inSync('aws_iam_role.app');
  });
  it('rule: booleans and numbers held as strings (load balancer attributes), a bool as one of two strings (Scheme)', () => inSync('aws_lb.web'));
  it('rule: null in the code means "not set" (kms_key_arn = null against an AWS-chosen key)', () => inSync('aws_lambda_function.fn'));
  it('rule: DNS names with and without the trailing dot; defaults of optional attributes', () => inSync('aws_route53_zone.main'));
  it('rule: lifecycle ignore_changes = all compares nothing', () => {
    const inst = scan.instances.find((i) => i.address === 'aws_instance.web[1]')!;
    const live = (JSON.parse(readFileSync(path.join(WS, 'live.json'), 'utf8')) as { resources: LiveEntry[] }).resources.find((l) => l.properties.InstanceId === 'i-1')!;
    assert.equal(compareResource(inst, expectedValues(inst), live.properties).status, 'drifted');
    const ignoringAll: ResourceInstance = { ...inst, resource: { ...inst.resource!, ignoreChanges: 'all' } };
    assert.equal(compareResource(ignoringAll, expectedValues(ignoringAll), live.properties).status, 'in_sync');
  });
  it('rule: lifecycle ignore_changes (tags["Owner"] changed live)', () => {
    inSync('aws_instance.web[0]');
    assert.ok(!res('aws_instance.web[1]').differences.some((d) => d.path.startsWith('tags.Owner')));
  });
});

describe('compare: identity without state (test-fixtures/compare/nostate)', () => {
  const DIR = path.resolve(__dirname, '../../test-fixtures/compare/nostate');
  let instances: ResourceInstance[];
  const by = (a: string) => {
    const i = instances.find((x) => x.address === a);
    assert.ok(i, `no instance ${a}; have ${instances.map((x) => x.address).join(', ')}`);
    return i;
  };
  before(async () => {
    assert.equal(await loadState({ moduleDir: DIR }), undefined);
    instances = resolveInstances(indexWorkspace(DIR), undefined, { rootDir: DIR });
  });

  it('every configured resource is not_in_state; count = 0 gives none; for_each keys from a set', () => {
    assert.deepEqual(instances.map((i) => i.address).sort(), [
      'aws_cloudwatch_log_group.apps["api"]',
      'aws_cloudwatch_log_group.apps["worker"]',
      'aws_iam_policy.imported',
      'aws_s3_bucket.many',
      'awscc_iam_role.cc',
      'module.edge.aws_sns_topic.alerts',
    ]);
    assert.ok(instances.every((i) => i.preStatus === 'not_in_state'));
    assert.equal(by('aws_cloudwatch_log_group.apps["worker"]').identifier, '/apps/worker');
  });

  it('a count that cannot be evaluated still shows the resource, without an identifier', () => {
    const i = by('aws_s3_bucket.many');
    assert.equal(i.identifier, undefined);
    assert.match(i.reason!, /count cannot be evaluated/);
  });

  it('an import block names the identifier of a type whose identifier is not a config attribute', () => {
    assert.equal(by('aws_iam_policy.imported').identifier, 'arn:aws:iam::123456789012:policy/imported');
  });

  it('awscc: a settable primary identifier comes from the config', () => {
    const i = by('awscc_iam_role.cc');
    assert.equal(i.cloudType, 'AWS::IAM::Role');
    assert.equal(i.identifier, 'cc-role');
  });

  it('providers = { aws = aws.east } of a module call: the child uses the aliased configuration and its region', () => {
    const i = by('module.edge.aws_sns_topic.alerts');
    assert.equal(i.providerKey, 'aws.east');
    assert.equal(i.region, 'us-east-1');
    assert.equal(i.identifier, undefined, 'a topic is identified by its ARN, unknown before it exists');
  });
});

describe('compare: JSON documents', () => {
  const doc = (statement: JsonValue): JsonValue => ({ Version: '2012-10-17', Statement: statement });
  it('equal as documents: key order, whitespace, a string holding JSON', () => {
    assert.ok(jsonEqual('{ "b": 1,\n  "a": [1, 2] }', { a: [1, 2], b: 1 }));
  });
  it('IAM: a single statement against a list, a string against [string], statement and action order', () => {
    assert.ok(jsonEqual(doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }), doc([{ Resource: ['*'], Action: ['s3:GetObject'], Effect: 'Allow' }])));
    assert.ok(
      jsonEqual(
        doc([{ Effect: 'Allow', Action: ['s3:PutObject', 's3:GetObject'], Resource: '*' }, { Effect: 'Deny', Action: 'iam:*', Resource: '*' }]),
        doc([{ Effect: 'Deny', Action: 'iam:*', Resource: '*' }, { Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: '*' }]),
      ),
    );
  });
  it('IAM: Principal "*" and {AWS = "*"}, an account id and its root ARN, condition values as strings', () => {
    assert.ok(jsonEqual(doc({ Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' }), doc({ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' })));
    assert.ok(
      jsonEqual(
        doc({ Effect: 'Allow', Principal: { AWS: '123456789012' }, Action: 'sts:AssumeRole' }),
        doc({ Effect: 'Allow', Principal: { AWS: ['arn:aws:iam::123456789012:root'] }, Action: 'sts:AssumeRole' }),
      ),
    );
    assert.ok(
      jsonEqual(
        doc({ Effect: 'Deny', Action: '*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': false } } }),
        doc({ Effect: 'Deny', Action: '*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': ['false'] } } }),
      ),
    );
  });
  it('a real change is a change', () => {
    assert.ok(!jsonEqual(doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' }), doc({ Effect: 'Deny', Action: 's3:*', Resource: '*' })));
    assert.ok(!jsonEqual(doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }), doc({ Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: '*' })));
    assert.ok(!jsonEqual({ maxReceiveCount: 5 }, '{"maxReceiveCount": 6}'));
    assert.ok(!jsonEqual({ list: [1, 2] }, { list: [2, 1] }), 'order matters outside IAM statements');
  });
});

describe('compare: moved blocks (test-fixtures/compare/moved)', () => {
  it('a renamed resource keeps its state object: one instance, not a not_in_state and a stale state entry', async () => {
    const DIR = path.resolve(__dirname, '../../test-fixtures/compare/moved');
    const instances = resolveInstances(indexWorkspace(DIR), await loadState({ moduleDir: DIR }), { rootDir: DIR });
    assert.deepEqual(
      instances.map((i) => [i.address, i.identifier, i.preStatus ?? 'managed']),
      [
        ['aws_s3_bucket.renamed', 'keep-me', 'managed'],
        ['aws_sqs_queue.workers[0]', 'https://sqs.eu-west-1.amazonaws.com/1/worker-0', 'managed'],
        ['aws_sqs_queue.workers[1]', 'https://sqs.eu-west-1.amazonaws.com/1/worker-1', 'managed'],
      ],
    );
  });
});

describe('compare: nested blocks (test-fixtures/compare/nested)', () => {
  let scan: Awaited<ReturnType<typeof scanFixture>>;
  before(async () => {
    scan = await scanFixture(path.resolve(__dirname, '../../test-fixtures/compare/nested'));
  });
  it('a set of blocks holding JSON documents is compared as documents', () => {
    const r = scan.results.get('aws_iam_role.svc')!;
    assert.equal(r.status, 'in_sync', JSON.stringify(r.differences));
  });
  it('a single nested block is compared attribute by attribute, with its path', () => {
    const ecs = scan.results.get('aws_ecs_service.api')!;
    assert.deepEqual(
      ecs.differences.map(({ range, ...d }) => d),
      [{ path: 'network_configuration[0].assign_public_ip', expected: false, actual: true, kind: 'changed', source: 'config' }],
    );
    assert.equal(ecs.identifier, 'arn:aws:ecs:eu-west-1:123456789012:service/main/api|arn:aws:ecs:eu-west-1:123456789012:cluster/main');
    const fn = scan.results.get('aws_lambda_function.worker')!;
    assert.deepEqual(
      fn.differences.map(({ range, ...d }) => d),
      [{ path: 'vpc_config[0].security_group_ids', expected: ['sg-1'], actual: ['sg-1', 'sg-2'], kind: 'changed', source: 'config' }],
    );
  });
});
