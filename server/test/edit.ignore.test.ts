// Ignore this attribute: lifecycle ignore_changes edits on real HCL (checked through the index's own reading of
// ignore_changes), and `.driftlog/ignore` rules (syntax, errors with file:line, matching, applying to a report,
// appending).
import { strict as assert } from 'node:assert';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  addToIgnoreChanges,
  appendIgnoreRule,
  applyEdits,
  applyIgnoreRules,
  formatIgnoreError,
  ignoreRuleEdit,
  isIgnored,
  loadIgnoreRules,
  parseIgnoreRules,
  type EditResult,
} from '../src/engine/edit';
import { ignoreChanges } from '../src/engine/index';
import { parse } from '../src/engine/hcl';
import type { ResourceResult, ScanReport } from '../src/engine/scan/types';

const FIXTURE = join(__dirname, '..', '..', 'test-fixtures', 'edit', 'basic');
const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tmpCopy(crlf = false): string {
  const dir = mkdtempSync(join(tmpdir(), 'driftlog-ignore-'));
  dirs.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  if (crlf) {
    const f = join(dir, 'main.tf');
    writeFileSync(f, readFileSync(f, 'utf8').replace(/\n/g, '\r\n'));
  }
  return dir;
}

/** Applies the edit to main.tf and returns the resource's ignore_changes as the index reads them. */
function applyAndRead(dir: string, r: EditResult, type: string, name: string): { ignore: string[] | 'all'; text: string; before: string } {
  assert.ok(r.ok, r.ok ? '' : r.reason);
  const file = join(dir, 'main.tf');
  const before = readFileSync(file, 'utf8');
  const text = applyEdits(before, r.edits);
  writeFileSync(file, text);
  const p = parse(text);
  assert.deepEqual(p.errors, []);
  const b = p.body.blocks.find((x) => x.type === 'resource' && x.labels[0] === type && x.labels[1] === name)!;
  return { ignore: ignoreChanges(b.body), text, before };
}

const res = (dir: string, type: string, name: string) => ({ file: join(dir, 'main.tf'), type, name });

describe('edit: lifecycle ignore_changes', () => {
  it('creates the lifecycle block with the top-level name of the path', () => {
    const dir = tmpCopy();
    const r = applyAndRead(dir, addToIgnoreChanges({ resource: res(dir, 'aws_instance', 'web'), path: 'tags.Env' }), 'aws_instance', 'web');
    assert.deepEqual(r.ignore, ['tags']);
    assert.match(r.text, /"cost center" = "42"\n {2}\}\n\n {2}lifecycle \{\n {4}ignore_changes = \[tags\]\n {2}\}\n\}/);
  });

  it('adds ignore_changes to an existing lifecycle block, leaving its other settings', () => {
    const dir = tmpCopy();
    const r = applyAndRead(dir, addToIgnoreChanges({ resource: res(dir, 'aws_security_group', 'web'), path: 'ingress[0].cidr_blocks' }), 'aws_security_group', 'web');
    assert.deepEqual(r.ignore, ['ingress']);
    assert.match(r.text, /lifecycle \{\n {4}create_before_destroy = true\n {4}ignore_changes = \[ingress\]\n {2}\}/);
  });

  it('appends to a multi-line list in its style (one per line, trailing comma)', () => {
    const dir = tmpCopy();
    const r = applyAndRead(dir, addToIgnoreChanges({ resource: res(dir, 'aws_iam_role', 'app'), path: 'tags' }), 'aws_iam_role', 'app');
    assert.deepEqual(r.ignore, ['description', 'tags']);
    assert.match(r.text, /ignore_changes = \[\n {6}description,\n {6}tags,\n {4}\]/);
  });

  it('appends to a one-line list, and refuses duplicates and `all`', () => {
    const dir = tmpCopy();
    const r = applyAndRead(dir, addToIgnoreChanges({ resource: res(dir, 'aws_sns_topic', 'alerts'), path: 'display_name' }), 'aws_sns_topic', 'alerts');
    assert.deepEqual(r.ignore, ['tags', 'display_name']);
    const dup = addToIgnoreChanges({ resource: res(dir, 'aws_sns_topic', 'alerts'), path: 'tags.Team' });
    assert.equal(dup.ok, false);
    assert.match((dup as { reason: string }).reason, /already in ignore_changes/);
    const file = join(dir, 'main.tf');
    writeFileSync(file, readFileSync(file, 'utf8').replace('ignore_changes = [tags, display_name]', 'ignore_changes = all'));
    const all = addToIgnoreChanges({ resource: res(dir, 'aws_sns_topic', 'alerts'), path: 'name' });
    assert.equal(all.ok, false);
    assert.match((all as { reason: string }).reason, /ignore_changes = all/);
  });

  it('opens an empty one-line block and keeps CRLF', () => {
    const dir = tmpCopy(true);
    const r = applyAndRead(dir, addToIgnoreChanges({ resource: res(dir, 'aws_kms_key', 'main'), path: 'description' }), 'aws_kms_key', 'main');
    assert.deepEqual(r.ignore, ['description']);
    assert.doesNotMatch(r.text, /[^\r]\n/);
    assert.ok(r.text.endsWith('resource "aws_kms_key" "main" {\r\n  lifecycle {\r\n    ignore_changes = [description]\r\n  }\r\n}\r\n'));
  });
});

const report = (resources: ResourceResult[]): ScanReport => {
  const summary = { in_sync: 0, drifted: 0, missing: 0, unmanaged: 0, not_in_state: 0, unsupported: 0, error: 0 };
  for (const r of resources) summary[r.status]++;
  return { version: '1', scannedAt: '2026-11-28T00:00:00Z', summary, resources };
};
const d = (path: string) => ({ path, expected: 'a', actual: 'b', kind: 'changed' as const, source: 'config' as const });

describe('edit: .driftlog/ignore rules', () => {
  const TEXT = [
    '# rules',
    '',
    'aws_instance.web tags.LastScanned   # written by a scanner',
    '**.aws_s3_bucket.* tags',
    'module.net.*.* **',
    '!module.net.aws_subnet.private tags.Owner',
    'aws_sqs_queue.jobs',
    'aws_iam_role.app tags["cost center"]',
    'aws_lb.* ingress[*].cidr_blocks',
    'unmanaged:AWS::SQS::Queue:*',
  ].join('\n');

  it('parses rules, and reports each bad line as file:line without losing the others', () => {
    const bad = ['aws_instance.web tags extra', 'aws_instance.web tags..x', '!', 'aws_instance.web tags["open', 'aws_instance.web ta$gs', 'good.one x'].join('\n');
    const { rules, errors } = parseIgnoreRules(bad, '.driftlog/ignore');
    assert.equal(rules.length, 1);
    assert.deepEqual(
      errors.map((e) => e.line),
      [1, 2, 3, 4, 5],
    );
    assert.match(formatIgnoreError(errors[0]), /^\.driftlog\/ignore:1: expected "<address pattern> \[<attribute pattern>\]"/);
    assert.match(formatIgnoreError(errors[2]), /:3: "!" must be followed/);
    assert.match(formatIgnoreError(errors[3]), /:4: unterminated quoted key/);
  });

  it('matches addresses with * and **, paths by prefix and * segments, the last rule winning', () => {
    const { rules, errors } = parseIgnoreRules(TEXT);
    assert.deepEqual(errors, []);
    assert.equal(isIgnored(rules, 'aws_instance.web', 'tags.LastScanned'), true);
    assert.equal(isIgnored(rules, 'aws_instance.web', 'tags.Env'), false);
    assert.equal(isIgnored(rules, 'aws_instance.web[0]', 'tags.LastScanned'), true, 'every instance of a counted resource');
    assert.equal(isIgnored(rules, 'aws_instance.web["a"]', 'tags.LastScanned'), true, 'every instance of a for_each resource');
    assert.equal(isIgnored(rules, 'aws_instance.other', 'tags.LastScanned'), false);
    assert.equal(isIgnored(rules, 'aws_s3_bucket.logs', 'tags.Env'), true, '** matches the root module');
    assert.equal(isIgnored(rules, 'module.a.module.b.aws_s3_bucket.logs', 'tags'), true);
    assert.equal(isIgnored(rules, 'aws_s3_bucket.logs', 'versioning'), false);
    assert.equal(isIgnored(rules, 'module.net.aws_subnet.private', 'cidr_block'), true);
    assert.equal(isIgnored(rules, 'module.net.aws_subnet.private', 'tags.Owner'), false, 'negated by a later rule');
    assert.equal(isIgnored(rules, 'module.net.sub.aws_subnet.private', 'cidr_block'), false, '* does not cross a dot');
    assert.equal(isIgnored(rules, 'aws_sqs_queue.jobs', 'delay_seconds'), true, 'no attribute pattern: every attribute');
    assert.equal(isIgnored(rules, 'aws_sqs_queue.jobs'), true);
    assert.equal(isIgnored(rules, 'aws_iam_role.app', 'tags["cost center"]'), true);
    assert.equal(isIgnored(rules, 'aws_iam_role.app', 'tags.cost'), false);
    assert.equal(isIgnored(rules, 'aws_lb.front', 'ingress[3].cidr_blocks'), true);
    assert.equal(isIgnored(rules, 'aws_lb.front', 'ingress[3].from_port'), false);
    assert.equal(isIgnored(rules, 'unmanaged:AWS::SQS::Queue:https://sqs/q1'), true);
  });

  it('applies rules to a report: differences removed, drifted -> in_sync, unmanaged dropped, other statuses kept', () => {
    const { rules } = parseIgnoreRules(TEXT);
    const input = report([
      { address: 'aws_instance.web', type: 'aws_instance', status: 'drifted', differences: [d('tags.LastScanned')] },
      { address: 'aws_instance.db', type: 'aws_instance', status: 'drifted', differences: [d('tags.LastScanned'), d('instance_type')] },
      { address: 'aws_s3_bucket.logs', type: 'aws_s3_bucket', status: 'drifted', differences: [d('tags.Env'), d('tags.Team')] },
      { address: 'aws_sqs_queue.jobs', type: 'aws_sqs_queue', status: 'missing', differences: [] },
      { address: 'unmanaged:AWS::SQS::Queue:q1', type: 'aws_sqs_queue', status: 'unmanaged', differences: [] },
      { address: 'unmanaged:AWS::S3::Bucket:b1', type: 'aws_s3_bucket', status: 'unmanaged', differences: [] },
    ]);
    const frozen = JSON.stringify(input);
    const out = applyIgnoreRules(input, rules);
    assert.equal(JSON.stringify(input), frozen, 'the input report is not modified');
    assert.equal(out.ignoredDifferences, 3);
    assert.equal(out.resourcesNowInSync, 2);
    assert.equal(out.ignoredUnmanaged, 1);
    assert.deepEqual(
      out.report.resources.map((r) => [r.address, r.status, r.differences.map((x) => x.path)]),
      [
        ['aws_instance.web', 'in_sync', []],
        ['aws_instance.db', 'drifted', ['tags.LastScanned', 'instance_type']],
        ['aws_s3_bucket.logs', 'in_sync', []],
        ['aws_sqs_queue.jobs', 'missing', []],
        ['unmanaged:AWS::S3::Bucket:b1', 'unmanaged', []],
      ],
    );
    assert.deepEqual(out.report.summary, { in_sync: 2, drifted: 1, missing: 1, unmanaged: 1, not_in_state: 0, unsupported: 0, error: 0 });
  });

  it('appends a rule, creating the file; a rule already there is not added twice; the file reads back', () => {
    const root = mkdtempSync(join(tmpdir(), 'driftlog-ignore-'));
    dirs.push(root);
    assert.equal(appendIgnoreRule(root, { address: 'aws_instance.web', path: 'tags.Env', comment: 'set by the scheduler' }), true);
    assert.equal(appendIgnoreRule(root, { address: 'aws_instance.web', path: 'tags.Env' }), false);
    assert.equal(appendIgnoreRule(root, { address: 'aws_s3_bucket.logs', path: 'tags["cost center"]' }), true);
    const file = join(root, '.driftlog', 'ignore');
    assert.ok(existsSync(file));
    const { rules, errors } = loadIgnoreRules(root);
    assert.deepEqual(errors, []);
    assert.equal(rules.length, 2);
    assert.equal(isIgnored(rules, 'aws_instance.web', 'tags.Env'), true);
    assert.equal(isIgnored(rules, 'aws_s3_bucket.logs', 'tags["cost center"]'), true);
    assert.match(readFileSync(file, 'utf8'), /\naws_instance\.web tags\.Env {2}# set by the scheduler\n/);
    // CRLF files stay CRLF.
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n/g, '\r\n'));
    appendIgnoreRule(root, { address: 'aws_vpc.main' });
    assert.doesNotMatch(readFileSync(file, 'utf8'), /[^\r]\n/);
    assert.equal(isIgnored(loadIgnoreRules(root).rules, 'aws_vpc.main', 'cidr_block'), true);
  });

  it('gives the code action edit: a file to create, or text appended at the end', () => {
    const root = mkdtempSync(join(tmpdir(), 'driftlog-ignore-'));
    dirs.push(root);
    const create = ignoreRuleEdit(root, { address: 'aws_instance.web', path: 'instance_type' });
    assert.ok(create.ok);
    assert.equal(create.edits[0].createFile, true);
    assert.equal(parseIgnoreRules(create.edits[0].newText).rules.length, 1);
    appendIgnoreRule(root, { address: 'aws_vpc.main' });
    const file = join(root, '.driftlog', 'ignore');
    const before = readFileSync(file, 'utf8');
    const append = ignoreRuleEdit(root, { address: 'aws_instance.web', path: 'instance_type' });
    assert.ok(append.ok);
    const next = applyEdits(before, append.edits);
    assert.ok(next.startsWith(before));
    assert.equal(isIgnored(parseIgnoreRules(next).rules, 'aws_instance.web', 'instance_type'), true);
    assert.equal(ignoreRuleEdit(root, { address: 'aws_vpc.main' }, before).ok, false);
  });
});
