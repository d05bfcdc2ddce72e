// Add import block: Terraform import IDs from Cloud Control identifiers, an import block before a not_in_state
// resource, and for an unmanaged live resource an import block plus a resource block with its live values. Every
// resulting file must parse, `to` must be a resource address, and the new resource must evaluate to the live values.
import { strict as assert } from 'node:assert';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyEdits, importForNotInState, importIdFor, importUnmanaged, isImportAddress, type EditResult } from '../src/engine/edit';
import { buildModuleIndex, indexText } from '../src/engine/index';
import { compareResource, expectedValues, identifierFromLive, mappingFor, resolveInstances } from '../src/engine/compare/api';
import { tableTypes } from '../src/engine/mapping/index';
import { parse, traversalText, literalValue } from '../src/engine/hcl';
import type { JsonValue } from '../src/engine/scan/types';

const FIXTURE = join(__dirname, '..', '..', 'test-fixtures', 'edit', 'basic');
const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tmpCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'driftlog-import-'));
  dirs.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

/** Applies the edits on disk (creating files) and returns each file's new text. */
function applyAll(r: EditResult): Map<string, string> {
  assert.ok(r.ok, r.ok ? '' : r.reason);
  const out = new Map<string, string>();
  for (const file of new Set(r.edits.map((e) => e.file))) {
    const edits = r.edits.filter((e) => e.file === file);
    const before = edits.some((e) => e.createFile) ? '' : readFileSync(file, 'utf8');
    const text = applyEdits(before, edits);
    writeFileSync(file, text);
    out.set(file, text);
  }
  return out;
}

/** The import blocks of a text as {to, id}; asserts the text parses. */
function imports(text: string): Array<{ to: string; id: JsonValue | undefined }> {
  const p = parse(text);
  assert.deepEqual(p.errors, []);
  return p.body.blocks
    .filter((b) => b.type === 'import')
    .map((b) => {
      const to = b.body.attributes.find((a) => a.name === 'to')!.expr;
      assert.equal(to.kind, 'traversal', 'to is a reference, not a string');
      const id = b.body.attributes.find((a) => a.name === 'id')!.expr;
      return { to: to.kind === 'traversal' ? traversalText(to.root, to.steps) : '', id: literalValue(id) };
    });
}

/** The expected values of a resource of the directory, through the index and the evaluator. */
function evaluate(dir: string, address: string): Record<string, JsonValue> {
  const files = readdirSync(dir).filter((f) => f.endsWith('.tf') || f.endsWith('.tfvars')).map((f) => indexText(join(dir, f), readFileSync(join(dir, f), 'utf8')));
  const mod = buildModuleIndex(dir, files);
  const inst = resolveInstances([mod], undefined, { rootDir: dir }).find((i) => i.address === address);
  assert.ok(inst, address);
  return Object.fromEntries(Object.entries(expectedValues(inst)).map(([k, v]) => [k, v.value]));
}

describe('edit: import IDs', () => {
  it('runs the identifier rule backwards', () => {
    assert.deepEqual(importIdFor('aws_s3_bucket', 'acme-logs'), { id: 'acme-logs', exact: true });
    assert.deepEqual(importIdFor('aws_iam_role_policy', 'inline|app'), { id: 'app:inline', exact: true });
    assert.deepEqual(importIdFor('aws_eip', '203.0.113.7|eipalloc-0abc'), { id: 'eipalloc-0abc', exact: true });
    assert.deepEqual(importIdFor('aws_ecs_cluster', 'main'), { id: 'main', exact: true });
    assert.deepEqual(importIdFor('aws_db_instance', 'orders-db'), { id: 'orders-db', exact: true });
    assert.deepEqual(importIdFor('aws_ecs_service', 'arn:aws:ecs:eu-west-1:123456789012:service/main/web|arn:aws:ecs:eu-west-1:123456789012:cluster/main'), { id: 'main/web', exact: true });
    assert.deepEqual(importIdFor('awscc_logs_log_group', '/app/web'), { id: '/app/web', exact: true });
    assert.equal(importIdFor('aws_unknown_thing', 'x'), undefined);
  });

  it('knows a resource address from anything else', () => {
    for (const a of ['aws_s3_bucket.logs', 'aws_s3_bucket.logs[0]', 'aws_s3_bucket.logs["a b"]', 'module.net.aws_subnet.private', 'module.m["x"].aws_vpc.v']) assert.ok(isImportAddress(a), a);
    for (const a of ['data.aws_ami.x', 'aws_s3_bucket', 'unmanaged:AWS::S3::Bucket:b', 'aws_s3_bucket.logs.arn']) assert.ok(!isImportAddress(a), a);
  });
});

describe('edit: import block for not_in_state', () => {
  it('inserts the block before the resource and the comment above it; the file parses', () => {
    const dir = tmpCopy();
    const file = join(dir, 'main.tf');
    const before = readFileSync(file, 'utf8');
    const r = importForNotInState({
      resource: { file, type: 'aws_instance', name: 'web' },
      result: { address: 'aws_instance.web', identifier: 'i-0123456789abcdef0', type: 'aws_instance' },
    });
    const text = applyAll(r).get(file)!;
    assert.deepEqual(imports(text), [{ to: 'aws_instance.web', id: 'i-0123456789abcdef0' }]);
    assert.ok(text.includes('import {\n  to = aws_instance.web\n  id = "i-0123456789abcdef0"\n}\n\n# The web server.\nresource "aws_instance" "web" {'));
    assert.equal(text.replace(/import \{[^}]*\}\n\n/, ''), before, 'nothing else changed');
    const again = importForNotInState({ resource: { file, type: 'aws_instance', name: 'web' }, result: { address: 'aws_instance.web', identifier: 'i-0123456789abcdef0', type: 'aws_instance' } });
    assert.equal(again.ok, false, 'no second import block for the same address');
  });

  it('uses the import ID format of the type (aws_iam_role_policy: role:policy), quoted and escaped', () => {
    const dir = tmpCopy();
    const file = join(dir, 'main.tf');
    const text = applyAll(importForNotInState({ resource: { file, type: 'aws_iam_role_policy', name: 'inline' }, result: { address: 'aws_iam_role_policy.inline', identifier: 'inline|app', type: 'aws_iam_role_policy' } })).get(file)!;
    assert.deepEqual(imports(text), [{ to: 'aws_iam_role_policy.inline', id: 'app:inline' }]);
  });

  it('writes the block of a module resource into the named root file, and refuses without one', () => {
    const dir = tmpCopy();
    const rootFile = join(dir, 'imports.tf');
    const input = { resource: { file: join(dir, 'main.tf'), type: 'aws_s3_bucket', name: 'logs' }, result: { address: 'module.store.aws_s3_bucket.logs["a"]', identifier: 'acme-logs-a', type: 'aws_s3_bucket' } };
    assert.equal(importForNotInState(input).ok, false);
    const r = importForNotInState({ ...input, rootFile });
    assert.ok(r.ok && r.edits[0].createFile);
    assert.deepEqual(imports(applyAll(r).get(rootFile)!), [{ to: 'module.store.aws_s3_bucket.logs["a"]', id: 'acme-logs-a' }]);
  });

  it('refuses when the identifier is not known', () => {
    const dir = tmpCopy();
    const r = importForNotInState({ resource: { file: join(dir, 'main.tf'), type: 'aws_kms_key', name: 'main' }, result: { address: 'aws_kms_key.main', type: 'aws_kms_key' } });
    assert.equal(r.ok, false);
  });
});

describe('edit: import an unmanaged resource', () => {
  it('creates imports.tf with an import block and a resource block of the live values (read-only and aws: tags left out)', () => {
    const dir = tmpCopy();
    const file = join(dir, 'imports.tf');
    const live = {
      BucketName: 'acme-data-lake',
      Arn: 'arn:aws:s3:::acme-data-lake',
      DomainName: 'acme-data-lake.s3.amazonaws.com',
      ObjectLockEnabled: 'true',
      Tags: [
        { Key: 'Name', Value: 'Data Lake' },
        { Key: 'Env', Value: 'prod ${x}' },
        { Key: 'aws:cloudformation:stack-name', Value: 'old' },
      ],
    };
    const r = importUnmanaged({ result: { type: 'aws_s3_bucket', cloudType: 'AWS::S3::Bucket', identifier: 'acme-data-lake' }, liveProperties: live, file });
    assert.ok(r.ok);
    assert.equal(r.edits[0].createFile, true);
    const text = applyAll(r).get(file)!;
    assert.deepEqual(imports(text), [{ to: 'aws_s3_bucket.data_lake', id: 'acme-data-lake' }]);
    assert.deepEqual(evaluate(dir, 'aws_s3_bucket.data_lake'), { bucket: 'acme-data-lake', object_lock_enabled: true, tags: { Name: 'Data Lake', Env: 'prod ${x}' } });
    assert.doesNotMatch(text, /arn:aws:s3|DomainName|domain_name|stack-name/);
  });

  it('appends to an existing file, picking a name that does not clash', () => {
    const dir = tmpCopy();
    const file = join(dir, 'main.tf');
    const before = readFileSync(file, 'utf8');
    const r = importUnmanaged({ result: { type: 'aws_s3_bucket', cloudType: 'AWS::S3::Bucket', identifier: 'logs' }, liveProperties: { BucketName: 'logs' }, file });
    const text = applyAll(r).get(file)!;
    assert.ok(text.startsWith(before));
    assert.deepEqual(imports(text), [{ to: 'aws_s3_bucket.logs_2', id: 'logs' }]);
    assert.equal(evaluate(dir, 'aws_s3_bucket.logs_2').bucket, 'logs');
  });

  it('writes security group rules as blocks, grouped as Terraform holds them', () => {
    const dir = tmpCopy();
    const file = join(dir, 'imports.tf');
    const live = {
      Id: 'sg-0abc',
      GroupId: 'sg-0abc',
      GroupName: 'legacy',
      GroupDescription: 'legacy group',
      VpcId: 'vpc-1',
      SecurityGroupIngress: [
        { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '10.0.0.0/8' },
        { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '192.168.0.0/16' },
        { IpProtocol: '-1', SourceSecurityGroupId: 'sg-0def' },
      ],
    };
    const text = applyAll(importUnmanaged({ result: { type: 'aws_security_group', cloudType: 'AWS::EC2::SecurityGroup', identifier: 'sg-0abc' }, liveProperties: live, file })).get(file)!;
    assert.deepEqual(imports(text), [{ to: 'aws_security_group.sg_0abc', id: 'sg-0abc' }]);
    const v = evaluate(dir, 'aws_security_group.sg_0abc');
    assert.deepEqual(v.ingress, [
      { protocol: 'tcp', from_port: 22, to_port: 22, cidr_blocks: ['10.0.0.0/8', '192.168.0.0/16'] },
      { protocol: '-1', from_port: 0, to_port: 0, security_groups: ['sg-0def'] },
    ]);
    assert.equal(v.name, 'legacy');
    assert.match(text, /\n {2}ingress \{\n/);
  });

  it('writes a JSON policy document with jsonencode()', () => {
    const dir = tmpCopy();
    const file = join(dir, 'imports.tf');
    const doc = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] };
    const r = importUnmanaged({ result: { type: 'aws_iam_role', cloudType: 'AWS::IAM::Role', identifier: 'batch-runner' }, liveProperties: { RoleName: 'batch-runner', Arn: 'arn:aws:iam::1:role/batch-runner', AssumeRolePolicyDocument: doc }, file });
    const text = applyAll(r).get(file)!;
    assert.match(text, /assume_role_policy = jsonencode\(\{/);
    const v = evaluate(dir, 'aws_iam_role.batch_runner');
    assert.equal(v.name, 'batch-runner');
    assert.deepEqual(JSON.parse(v.assume_role_policy as string), doc);
  });

  it('imports an awscc type with the awscc attribute names', () => {
    const dir = tmpCopy();
    const file = join(dir, 'imports.tf');
    const r = importUnmanaged({
      result: { type: 'awscc_logs_log_group', cloudType: 'AWS::Logs::LogGroup', identifier: '/app/worker' },
      liveProperties: { LogGroupName: '/app/worker', RetentionInDays: 30, Arn: 'arn:aws:logs:eu-west-1:1:log-group:/app/worker' },
      file,
    });
    const text = applyAll(r).get(file)!;
    assert.deepEqual(imports(text), [{ to: 'awscc_logs_log_group.worker', id: '/app/worker' }]);
    assert.ok(existsSync(file));
    assert.match(text, /log_group_name {4}= "\/app\/worker"\n {2}retention_in_days = 30\n/);
    assert.doesNotMatch(text, /arn/);
  });
});

describe('edit: an imported resource block compares in sync with the live resource it came from', () => {
  // Live resources of several types, as Cloud Control returns them (the comparison's fixture).
  const LIVE = JSON.parse(readFileSync(join(__dirname, '..', '..', 'test-fixtures', 'compare', 'workspace', 'live.json'), 'utf8')) as {
    resources: Array<{ cloudType: string; properties: Record<string, unknown> }>;
  };

  it('for every live resource of a mapped type', () => {
    const checked: string[] = [];
    for (const live of LIVE.resources) {
      const type = tableTypes().find((t) => mappingFor(t)!.cloudType === live.cloudType && !mappingFor(t)!.subResource);
      const identifier = identifierFromLive(live.cloudType, live.properties);
      if (!type || !identifier) continue;
      const dir = mkdtempSync(join(tmpdir(), 'driftlog-import-'));
      dirs.push(dir);
      const file = join(dir, 'imports.tf');
      const r = importUnmanaged({ result: { type, cloudType: live.cloudType, identifier }, liveProperties: live.properties, file });
      const text = applyAll(r).get(file)!;
      const [imp] = imports(text);
      assert.ok(isImportAddress(imp.to), imp.to);
      const mod = buildModuleIndex(dir, [indexText(file, text)]);
      const inst = resolveInstances([mod], undefined, { rootDir: dir }).find((i) => i.address === imp.to)!;
      const result = compareResource(inst, expectedValues(inst), live.properties);
      assert.deepEqual(result.differences, [], `${type} ${identifier}:\n${text}`);
      checked.push(type);
    }
    if (process.env.EDIT_DEBUG) console.log([...new Set(checked)].join(', '));
    assert.ok(new Set(checked).size >= 8, `types checked: ${[...new Set(checked)].join(', ')}`);
  });
});
