// Accept live value into code: real fixture files are copied to a temporary directory, the edit is applied on
// disk, and the files are indexed and evaluated again: the attribute must evaluate to the live value, and every
// byte outside the edit must be unchanged.
import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { acceptLiveValue, applyEdits, type EditResult, type TextEdit } from '../src/engine/edit';
import { buildModuleIndex, indexText, type ModuleIndex, type ResourceInfo } from '../src/engine/index';
import { compareResource, expectedValues, resolveInstances } from '../src/engine/compare/api';
import { parsePath } from '../src/engine/compare/compare';
import { parse } from '../src/engine/hcl';
import { LineIndex } from '../src/engine/hcl/lineIndex';
import type { Difference, JsonValue } from '../src/engine/scan/types';

const FIXTURE = join(__dirname, '..', '..', 'test-fixtures', 'edit', 'basic');

interface Ws {
  dir: string;
  module: ModuleIndex;
  resource(address: string): ResourceInfo;
}

const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function workspace(crlf = false): Ws {
  const dir = mkdtempSync(join(tmpdir(), 'driftlog-edit-'));
  dirs.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  if (crlf) for (const f of readdirSync(dir)) writeFileSync(join(dir, f), readFileSync(join(dir, f), 'utf8').replace(/\n/g, '\r\n'));
  return index(dir);
}

function index(dir: string): Ws {
  const files = readdirSync(dir).map((f) => indexText(join(dir, f), readFileSync(join(dir, f), 'utf8')));
  for (const f of files) assert.deepEqual(f.errors, [], `${f.path} parses`);
  const module = buildModuleIndex(dir, files);
  return {
    dir,
    module,
    resource: (address) => {
      const r = module.resources.find((x) => x.localAddress === address);
      assert.ok(r, address);
      return r;
    },
  };
}

/** The value the code now asks for at `path`, through the index, the resolver and the evaluator. */
function evaluated(ws: Ws, address: string, path: string): JsonValue | undefined {
  const again = index(ws.dir);
  const inst = resolveInstances([again.module], undefined, { rootDir: ws.dir }).find((i) => i.address === address);
  assert.ok(inst, address);
  const exp = expectedValues(inst);
  const [top, ...rest] = parsePath(path);
  let v: JsonValue | undefined = exp[top as string]?.value;
  for (const s of rest) {
    if (v === null || v === undefined || typeof v !== 'object') return undefined;
    v = (v as Record<string, JsonValue>)[s as string];
  }
  return v;
}

interface Applied {
  before: Map<string, string>;
  after: Map<string, string>;
}

/** Applies the edits on disk and checks that nothing outside them changed. */
function apply(r: EditResult): Applied & { edits: TextEdit[]; title: string } {
  assert.ok(r.ok, r.ok ? '' : r.reason);
  const before = new Map<string, string>();
  const afterMap = new Map<string, string>();
  for (const file of new Set(r.edits.map((e) => e.file))) {
    const text = readFileSync(file, 'utf8');
    const edits = r.edits.filter((e) => e.file === file);
    const next = applyEdits(text, edits);
    assertOutsideUnchanged(text, next, edits);
    writeFileSync(file, next);
    before.set(file, text);
    afterMap.set(file, next);
  }
  return { before, after: afterMap, edits: r.edits, title: r.title };
}

function assertOutsideUnchanged(before: string, after: string, edits: TextEdit[]): void {
  const li = LineIndex.fromText(before);
  const spans = edits.map((e) => ({ s: li.offsetAt(e.start), e: li.offsetAt(e.end), t: e.newText })).sort((a, b) => a.s - b.s);
  let pos = 0;
  let delta = 0;
  for (const sp of spans) {
    assert.equal(after.slice(pos + delta, sp.s + delta), before.slice(pos, sp.s), 'text between edits is unchanged');
    delta += sp.t.length - (sp.e - sp.s);
    pos = sp.e;
  }
  assert.equal(after.slice(pos + delta), before.slice(pos), 'text after the last edit is unchanged');
}

const diff = (path: string, expected: JsonValue | undefined, actual: JsonValue | undefined, kind: Difference['kind'] = 'changed'): Difference => ({
  path,
  expected,
  actual,
  kind,
  source: 'config',
});

function accept(ws: Ws, address: string, d: Difference): EditResult {
  return acceptLiveValue({ resource: ws.resource(address), difference: d, module: ws.module });
}

describe('edit: accept live value into code', () => {
  it('rewrites a literal string, keeping the alignment and the comments around it', () => {
    const ws = workspace();
    const r = apply(accept(ws, 'aws_instance.web', diff('instance_type', 't3.small', 't3.large')));
    assert.equal(evaluated(ws, 'aws_instance.web', 'instance_type'), 't3.large');
    const text = r.after.get(join(ws.dir, 'main.tf'))!;
    assert.match(text, /\n  instance_type = "t3\.large"\n/);
    assert.match(text, /ami           = "ami-0123456789abcdef0" # pinned image/);
    assert.equal(r.edits.length, 1);
    assert.match(r.title, /instance_type/);
  });

  it('rewrites a key of a literal map (tags.Env), keeping its trailing comment', () => {
    const ws = workspace();
    const r = apply(accept(ws, 'aws_instance.web', diff('tags.Env', 'prod', 'staging')));
    assert.deepEqual(evaluated(ws, 'aws_instance.web', 'tags'), { Name: 'web', Env: 'staging', 'cost center': '42' });
    assert.match(r.after.get(join(ws.dir, 'main.tf'))!, /Env {2}= "staging" # environment/);
  });

  it('rewrites a quoted key (tags["cost center"])', () => {
    const ws = workspace();
    apply(accept(ws, 'aws_instance.web', diff('tags["cost center"]', '42', '43')));
    assert.equal(evaluated(ws, 'aws_instance.web', 'tags["cost center"]'), '43');
  });

  it('adds a map key the live resource has (kind added) on its own line', () => {
    const ws = workspace();
    const r = apply(accept(ws, 'aws_instance.web', diff('tags.Owner', undefined, 'alice', 'added')));
    assert.deepEqual(evaluated(ws, 'aws_instance.web', 'tags'), { Name: 'web', Env: 'prod', 'cost center': '42', Owner: 'alice' });
    assert.match(r.after.get(join(ws.dir, 'main.tf'))!, /\n {4}Owner = "alice"\n {2}\}/);
  });

  it('removes a map key that is gone live (kind removed), with its line', () => {
    const ws = workspace();
    const r = apply(accept(ws, 'aws_instance.web', diff('tags.Name', 'web', undefined, 'removed')));
    assert.deepEqual(evaluated(ws, 'aws_instance.web', 'tags'), { Env: 'prod', 'cost center': '42' });
    assert.doesNotMatch(r.after.get(join(ws.dir, 'main.tf'))!, /Name = "web"/);
  });

  it('writes a bool or a number in the type of the old literal ("true" -> true, "345600" -> 345600)', () => {
    const ws = workspace();
    apply(accept(ws, 'aws_instance.web', diff('monitoring', false, 'true')));
    assert.equal(evaluated(ws, 'aws_instance.web', 'monitoring'), true);
    apply(accept(ws, 'aws_sqs_queue.jobs', diff('message_retention_seconds', 86400, '345600')));
    assert.equal(evaluated(ws, 'aws_sqs_queue.jobs', 'message_retention_seconds'), 345600);
  });

  it('refuses a value that comes from a local, saying so', () => {
    const ws = workspace();
    const r = accept(ws, 'aws_instance.sized', diff('instance_type', 't3.micro', 't3.large'));
    assert.equal(r.ok, false);
    assert.match((r as { reason: string }).reason, /local\.size.*edit it by hand/);
  });

  it('refuses a sensitive difference', () => {
    const ws = workspace();
    const r = accept(ws, 'aws_instance.web', { ...diff('instance_type', '(sensitive)', '(sensitive)'), sensitive: true });
    assert.equal(r.ok, false);
  });

  it('follows var.x to the variable default in another file', () => {
    const ws = workspace();
    const r = apply(accept(ws, 'aws_instance.var_typed', diff('instance_type', 't3.medium', 't3.xlarge')));
    assert.deepEqual([...r.after.keys()], [join(ws.dir, 'variables.tf')]);
    assert.match(r.title, /default of var\.instance_type/);
    assert.equal(evaluated(ws, 'aws_instance.var_typed', 'instance_type'), 't3.xlarge');
  });

  it('does not follow var.x in a child module (the module call sets it)', () => {
    const ws = workspace();
    const r = acceptLiveValue({ resource: ws.resource('aws_instance.var_typed'), difference: diff('instance_type', 't3.medium', 't3.xlarge'), module: ws.module, inChildModule: true });
    assert.equal(r.ok, false);
    assert.match((r as { reason: string }).reason, /var\.instance_type, which the module call sets/);
  });

  it('follows var.x inside a map to its tfvars value, keeping the tfvars comment', () => {
    const ws = workspace();
    const r = apply(accept(ws, 'aws_instance.var_typed', diff('tags.Team', 'platform', 'data')));
    const tfvars = join(ws.dir, 'terraform.tfvars');
    assert.deepEqual([...r.after.keys()], [tfvars]);
    assert.equal(r.after.get(tfvars), '# Team that owns the stack.\nteam = "data"\n');
    assert.deepEqual(evaluated(ws, 'aws_instance.var_typed', 'tags'), { Team: 'data' });
  });

  it('rewrites an attribute of a nested block (versioning_configuration[0].status)', () => {
    const ws = workspace();
    apply(accept(ws, 'aws_s3_bucket_versioning.logs', diff('versioning_configuration[0].status', 'Enabled', 'Suspended')));
    assert.deepEqual(evaluated(ws, 'aws_s3_bucket_versioning.logs', 'versioning_configuration'), [{ status: 'Suspended' }]);
  });

  it('rewrites an attribute of the second of repeated blocks (ingress[1].from_port)', () => {
    const ws = workspace();
    apply(accept(ws, 'aws_security_group.web', diff('ingress[1].from_port', 80, 8080)));
    const ingress = evaluated(ws, 'aws_security_group.web', 'ingress') as Array<Record<string, JsonValue>>;
    assert.equal(ingress[1].from_port, 8080);
    assert.equal(ingress[0].from_port, 443);
  });

  it('rewrites a whole list of blocks (security group rules), the lifecycle block untouched', () => {
    const ws = workspace();
    const live: JsonValue[] = [
      { protocol: 'tcp', from_port: 443, to_port: 443, cidr_blocks: ['0.0.0.0/0', '10.1.0.0/16'], description: 'https' },
      { protocol: '-1', from_port: 0, to_port: 0, cidr_blocks: ['10.0.0.0/8'] },
      { protocol: 'tcp', from_port: 22, to_port: 22, security_groups: ['sg-0abc'] },
    ];
    const r = apply(accept(ws, 'aws_security_group.web', diff('ingress', [], live)));
    assert.deepEqual(evaluated(ws, 'aws_security_group.web', 'ingress'), live);
    const text = r.after.get(join(ws.dir, 'main.tf'))!;
    assert.match(text, /\n {2}ingress \{\n {4}protocol {4}= "tcp"\n {4}from_port {3}= 443\n/);
    assert.match(text, /lifecycle \{\n {4}create_before_destroy = true\n {2}\}/);
  });

  it('writes a JSON document into a heredoc that stays a heredoc', () => {
    const ws = workspace();
    const doc = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: '*' }] };
    const r = apply(accept(ws, 'aws_iam_role_policy.inline', diff('policy', {}, doc)));
    assert.deepEqual(JSON.parse(evaluated(ws, 'aws_iam_role_policy.inline', 'policy') as string), doc);
    assert.match(r.after.get(join(ws.dir, 'main.tf'))!, /policy = <<-EOT\n {4}\{\n {6}"Version": "2012-10-17",[\s\S]*\n {2}EOT\n/);
  });

  it('writes a JSON document inside jsonencode() as HCL', () => {
    const ws = workspace();
    const doc = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] };
    const r = apply(accept(ws, 'aws_iam_role.app', diff('assume_role_policy', {}, doc)));
    assert.deepEqual(JSON.parse(evaluated(ws, 'aws_iam_role.app', 'assume_role_policy') as string), doc);
    assert.match(r.after.get(join(ws.dir, 'main.tf'))!, /assume_role_policy = jsonencode\(\{\n {4}Version = "2012-10-17"\n {4}Statement = \[\n {6}\{\n {8}Effect = "Allow"\n/);
  });

  it('keeps a plain heredoc when the value ends with a newline, else writes a quoted string', () => {
    const ws = workspace();
    const r = apply(accept(ws, 'aws_ssm_parameter.motd', diff('value', 'Welcome\n', 'Hello\n  ${name} and %{x}\n')));
    assert.equal(evaluated(ws, 'aws_ssm_parameter.motd', 'value'), 'Hello\n  ${name} and %{x}\n');
    assert.match(r.after.get(join(ws.dir, 'main.tf'))!, /value = <<EOT\nHello\n {2}\$\$\{name\} and %%\{x\}\nEOT\n/);
    const ws2 = workspace();
    apply(accept(ws2, 'aws_ssm_parameter.motd', diff('value', 'Welcome\n', 'say "hi"\tnow')));
    assert.equal(evaluated(ws2, 'aws_ssm_parameter.motd', 'value'), 'say "hi"\tnow');
  });

  it('escapes quotes, backslashes, newlines and template sequences in quoted strings', () => {
    const ws = workspace();
    const tricky = 'a "b" \\ c\nd ${e} %{f} $g %h \u0001';
    apply(accept(ws, 'aws_instance.web', diff('instance_type', 't3.small', tricky)));
    assert.equal(evaluated(ws, 'aws_instance.web', 'instance_type'), tricky);
  });

  it('renders a multi-line map in the file indentation with aligned =', () => {
    const ws = workspace();
    const r = apply(accept(ws, 'aws_instance.web', diff('tags', {}, { A: '1', Longer: '2', 'with space': '3' })));
    assert.deepEqual(evaluated(ws, 'aws_instance.web', 'tags'), { A: '1', Longer: '2', 'with space': '3' });
    assert.match(r.after.get(join(ws.dir, 'main.tf'))!, /tags = \{\n {4}A {12}= "1"\n {4}Longer {7}= "2"\n {4}"with space" = "3"\n {2}\}/);
  });

  it('inserts an attribute the code does not set, realigning its = group as terraform fmt does', () => {
    const ws = workspace();
    const r = apply(accept(ws, 'aws_sqs_queue.jobs', diff('visibility_timeout_seconds', undefined, 60, 'added')));
    assert.equal(evaluated(ws, 'aws_sqs_queue.jobs', 'visibility_timeout_seconds'), 60);
    assert.equal(evaluated(ws, 'aws_sqs_queue.jobs', 'message_retention_seconds'), 86400);
    const text = r.after.get(join(ws.dir, 'main.tf'))!;
    const block = text.slice(text.indexOf('resource "aws_sqs_queue"'));
    const lines = block.split('\n').slice(1, 5);
    assert.equal(lines[3], '  visibility_timeout_seconds = 60');
    assert.ok(lines.every((l) => l.indexOf('=') === 29), lines.join('\n'));
  });

  it('pads a new attribute to an aligned group it fits in', () => {
    const ws = workspace();
    const r = apply(accept(ws, 'aws_sqs_queue.jobs', diff('policy', undefined, 'x', 'added')));
    assert.match(r.after.get(join(ws.dir, 'main.tf'))!, /\n {2}policy {20}= "x"\n\}/);
    assert.equal(r.edits.length, 1);
  });

  it('inserts into an empty one-line block body, and a map value on several lines', () => {
    const ws = workspace();
    apply(accept(ws, 'aws_kms_key.main', diff('description', undefined, 'main key', 'added')));
    assert.equal(evaluated(ws, 'aws_kms_key.main', 'description'), 'main key');
    const r = apply(accept(ws, 'aws_cloudwatch_log_group.app', diff('tags', undefined, { Env: 'prod', Team: 'ops' }, 'added')));
    assert.deepEqual(evaluated(ws, 'aws_cloudwatch_log_group.app', 'tags'), { Env: 'prod', Team: 'ops' });
    assert.match(r.after.get(join(ws.dir, 'main.tf'))!, /name = "\/app"\n {2}tags = \{\n {4}Env {2}= "prod"\n {4}Team = "ops"\n {2}\}\n\}/);
  });

  it('keeps CRLF line endings in every edit', () => {
    const ws = workspace(true);
    const steps: Array<[string, Difference]> = [
      ['aws_instance.web', diff('tags.Owner', undefined, 'alice', 'added')],
      ['aws_iam_role_policy.inline', diff('policy', {}, { Version: '2012-10-17', Statement: [] })],
      ['aws_sqs_queue.jobs', diff('tags', undefined, { A: 'b' }, 'added')],
      ['aws_sns_topic.alerts', diff('display_name', undefined, 'Alerts', 'added')],
    ];
    for (const [address, d] of steps) {
      const r = apply(accept(index(ws.dir), address, d));
      for (const t of r.after.values()) assert.doesNotMatch(t, /[^\r]\n/, 'no bare LF');
    }
    assert.equal(evaluated(ws, 'aws_instance.web', 'tags.Owner'), 'alice');
    assert.deepEqual(JSON.parse(evaluated(ws, 'aws_iam_role_policy.inline', 'policy') as string), { Version: '2012-10-17', Statement: [] });
    assert.deepEqual(evaluated(ws, 'aws_sqs_queue.jobs', 'tags'), { A: 'b' });
    assert.equal(evaluated(ws, 'aws_sns_topic.alerts', 'display_name'), 'Alerts');
  });

  it('follows a tab-indented file', () => {
    const ws = workspace();
    const file = join(ws.dir, 'tabs.tf');
    writeFileSync(file, 'resource "aws_sqs_queue" "tabbed" {\n\tname = "tabbed"\n\ttags = {\n\t\tA = "1"\n\t}\n}\n');
    const again = index(ws.dir);
    const r = apply(accept(again, 'aws_sqs_queue.tabbed', diff('tags.B', undefined, { x: ['1', '2'] }, 'added')));
    assert.deepEqual(evaluated(ws, 'aws_sqs_queue.tabbed', 'tags'), { A: '1', B: { x: ['1', '2'] } });
    assert.equal(r.after.get(file), 'resource "aws_sqs_queue" "tabbed" {\n\tname = "tabbed"\n\ttags = {\n\t\tA = "1"\n\t\tB = {\n\t\t\tx = ["1", "2"]\n\t\t}\n\t}\n}\n');
  });

  it('refuses templates, maps holding expressions and JSON-syntax files, with the reason', () => {
    const ws = workspace();
    const file = join(ws.dir, 'more.tf');
    writeFileSync(file, 'resource "aws_sqs_queue" "t" {\n  name = "q-${var.team}"\n  tags = { Team = var.team, Env = upper("x") }\n}\n');
    const again = index(ws.dir);
    const t = accept(again, 'aws_sqs_queue.t', diff('name', 'q-platform', 'q-data'));
    assert.equal(t.ok, false);
    assert.match((t as { reason: string }).reason, /template with interpolations/);
    const f = accept(again, 'aws_sqs_queue.t', diff('tags.Env', 'X', 'Y'));
    assert.equal(f.ok, false);
    assert.match((f as { reason: string }).reason, /call to upper\(\)/);
    const w = accept(again, 'aws_sqs_queue.t', diff('tags', {}, { Team: 'a' }));
    assert.equal(w.ok, false);
    assert.match((w as { reason: string }).reason, /holds expressions/);
    const j = acceptLiveValue({ resource: { file: join(ws.dir, 'x.tf.json'), type: 'aws_sqs_queue', name: 'j' }, difference: diff('name', 'a', 'b') });
    assert.equal(j.ok, false);
    assert.match((j as { reason: string }).reason, /JSON syntax/);
  });

  it('says when the edit changes every instance of a counted block', () => {
    const ws = workspace();
    const file = join(ws.dir, 'counted.tf');
    writeFileSync(file, 'resource "aws_sqs_queue" "many" {\n  count = 3\n  name  = "q"\n  delay_seconds = 5\n}\n');
    const r = accept(index(ws.dir), 'aws_sqs_queue.many', diff('delay_seconds', 5, 10));
    assert.ok(r.ok);
    assert.match(r.title, /every instance/);
  });

  it('realigns an aligned map when the new key is longer, and opens a nested block the code lacks', () => {
    const ws = workspace();
    const file = join(ws.dir, 'aligned.tf');
    writeFileSync(
      file,
      'resource "aws_sqs_queue" "a" {\n  tags = {\n    Name = "a"\n    Env  = "prod"\n  }\n}\n\nresource "aws_s3_bucket_versioning" "v" {\n  bucket = "acme-logs"\n}\n',
    );
    const r = apply(accept(index(ws.dir), 'aws_sqs_queue.a', diff('tags.CostCenter', undefined, '42', 'added')));
    assert.match(r.after.get(file)!, /tags = \{\n {4}Name {7}= "a"\n {4}Env {8}= "prod"\n {4}CostCenter = "42"\n {2}\}/);
    assert.deepEqual(evaluated(ws, 'aws_sqs_queue.a', 'tags'), { Name: 'a', Env: 'prod', CostCenter: '42' });
    const v = apply(accept(index(ws.dir), 'aws_s3_bucket_versioning.v', diff('versioning_configuration[0].status', undefined, 'Enabled', 'added')));
    assert.match(v.after.get(file)!, /bucket = "acme-logs"\n\n {2}versioning_configuration \{\n {4}status = "Enabled"\n {2}\}\n\}/);
    assert.deepEqual(evaluated(ws, 'aws_s3_bucket_versioning.v', 'versioning_configuration'), [{ status: 'Enabled' }]);
  });

  it('deletes an attribute gone live, heredoc included, and writes a list where the code had a plain string', () => {
    const ws = workspace();
    const r = apply(accept(ws, 'aws_ssm_parameter.motd', diff('value', 'Welcome\n', undefined, 'removed')));
    assert.match(r.after.get(join(ws.dir, 'main.tf'))!, /type {2}= "String"\n\}/);
    assert.equal(evaluated(ws, 'aws_ssm_parameter.motd', 'value'), undefined);
    apply(accept(ws, 'aws_sqs_queue.jobs', diff('name', 'jobs', ['a', 'b'])));
    assert.deepEqual(evaluated(ws, 'aws_sqs_queue.jobs', 'name'), ['a', 'b']);
  });

  it('uses the editor buffer when one is given, and every result parses', () => {
    const ws = workspace();
    const file = join(ws.dir, 'main.tf');
    const buffer = readFileSync(file, 'utf8').replace('"t3.small"', '"t3.nano"');
    const r = acceptLiveValue({ resource: ws.resource('aws_instance.web'), difference: diff('instance_type', 't3.nano', 'm5.large'), readText: (f) => (f === file ? buffer : undefined) });
    assert.ok(r.ok);
    const next = applyEdits(buffer, r.edits);
    assert.deepEqual(parse(next).errors, []);
    assert.match(next, /instance_type = "m5\.large"/);
  });
});

describe('edit: accept every difference the comparison reports, then compare again', () => {
  const LIVE: Record<string, Record<string, unknown>> = {
    'aws_instance.web': {
      ImageId: 'ami-0123456789abcdef0',
      InstanceType: 't3.large',
      Monitoring: true,
      Tags: [
        { Key: 'Env', Value: 'staging' },
        { Key: 'cost center', Value: '42' },
        { Key: 'Owner', Value: 'alice' },
      ],
    },
    'aws_instance.var_typed': { ImageId: 'ami-0123456789abcdef0', InstanceType: 'm5.large', Tags: [{ Key: 'Team', Value: 'data' }] },
    'aws_s3_bucket_versioning.logs': { BucketName: 'acme-logs', VersioningConfiguration: { Status: 'Suspended' } },
    'aws_security_group.web': {
      GroupName: 'web',
      GroupDescription: 'web traffic',
      SecurityGroupIngress: [
        { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '0.0.0.0/0' },
        { IpProtocol: 'tcp', FromPort: 8443, ToPort: 8443, CidrIp: '10.0.0.0/8' },
      ],
    },
    'aws_iam_role_policy.inline': {
      PolicyName: 'inline',
      RoleName: 'app',
      PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 's3:*', Resource: '*' }] },
    },
    'aws_sqs_queue.jobs': { QueueName: 'jobs', DelaySeconds: 15, MessageRetentionPeriod: 86400 },
  };

  function compareAll(ws: Ws) {
    const again = index(ws.dir);
    const out = new Map<string, { diffs: Difference[]; resource: ResourceInfo; module: ModuleIndex }>();
    for (const inst of resolveInstances([again.module], undefined, { rootDir: ws.dir })) {
      const live = LIVE[inst.address];
      if (!live) continue;
      const r = compareResource(inst, expectedValues(inst), live);
      out.set(inst.address, { diffs: r.differences, resource: again.resource(inst.address), module: again.module });
    }
    return out;
  }

  it('leaves no difference once each accepted edit is applied', () => {
    const ws = workspace();
    const first = compareAll(ws);
    const total = [...first.values()].reduce((n, x) => n + x.diffs.length, 0);
    assert.ok(total >= 8, `the fixture drifts (${total} differences)`);
    if (process.env.EDIT_DEBUG) for (const [a, x] of first) console.log(a, JSON.stringify(x.diffs.map((d) => [d.path, d.kind, d.actual])));
    for (const address of first.keys()) {
      // One difference at a time, re-compared after each edit (offsets move).
      for (let guard = 0; guard < 10; guard++) {
        const cur = compareAll(ws).get(address)!;
        if (cur.diffs.length === 0) break;
        const d = cur.diffs[0];
        const r = acceptLiveValue({ resource: cur.resource, difference: d, module: cur.module });
        assert.ok(r.ok, `${address} ${d.path}: ${r.ok ? '' : r.reason}`);
        apply(r);
      }
    }
    for (const [address, x] of compareAll(ws)) assert.deepEqual(x.diffs, [], address);
    // Security group rules come back as people write them: protocol names, no empty lists.
    const text = readFileSync(join(ws.dir, 'main.tf'), 'utf8');
    assert.match(text, /ingress \{\n {4}protocol {4}= "tcp"\n {4}from_port {3}= 8443\n {4}to_port {5}= 8443\n {4}cidr_blocks = \["10\.0\.0\.0\/8"\]\n {2}\}/);
    assert.doesNotMatch(text, /ipv6_cidr_blocks|= \[\]/);
  });
});
