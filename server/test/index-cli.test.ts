// `driftlog index`, run as a user runs it (a child process on the CLI entry), on copies of the fixtures.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LineIndex } from '../src/engine/hcl/lineIndex';

const ROOT = join(__dirname, '../..');
const CLI = join(ROOT, 'server/src/cli.ts');

interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
interface JAttr {
  name: string;
  range: Range;
  nameRange: Range;
  value?: unknown;
  expression?: string;
  references?: string[];
}
interface JBlock {
  type: string;
  labels: string[];
  range: Range;
  headerRange: Range;
  attributes: JAttr[];
  blocks: JBlock[];
}
interface JResource extends Omit<JBlock, 'type' | 'labels'> {
  address: string;
  type: string;
  name: string;
  mode: string;
  module: string;
  file: string;
  provider?: string;
  count?: unknown;
  forEach?: unknown;
  ignoreChanges: string[] | 'all';
}
interface JOut {
  root: string;
  files: { file: string; syntax: string; errors: { message: string; range: Range }[]; skipped?: { reason: string } }[];
  resources: JResource[];
}

let tmp: string;
function run(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, XDG_CACHE_HOME: join(tmp, 'xdg') },
    maxBuffer: 1 << 26,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
function rangeOf(text: string, start: number, end: number): Range {
  return LineIndex.fromText(text).rangeOf({ start, end });
}

describe('driftlog index (CLI)', function () {
  this.timeout(60_000);
  let ws: string;
  beforeEach(() => {
    tmp = mkdtempSync(join(tmpdir(), 'driftlog-cli-'));
    ws = join(tmp, 'ws');
    cpSync(join(ROOT, 'test-fixtures/index/ws'), ws, { recursive: true });
  });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  it('--json prints every resource with file, exact ranges, values, expressions and references', () => {
    const r = run(['index', ws, '--json']);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as JOut;
    assert.equal(out.root, ws);
    const addrs = out.resources.map((x) => `${x.module}:${x.address}`);
    for (const a of ['.:aws_s3_bucket.logs', '.:aws_sqs_queue.jobs', '.:data.aws_caller_identity.me', 'modules/net:aws_vpc.this', 'json:aws_s3_bucket.from_json', 'broken:aws_s3_bucket.bad']) {
      assert.ok(addrs.includes(a), `${a} missing from ${addrs.join(', ')}`);
    }
    const text = readFileSync(join(ws, 'main.tf'), 'utf8');
    const logs = out.resources.find((x) => x.address === 'aws_s3_bucket.logs')!;
    assert.equal(logs.file, 'main.tf');
    const h = 'resource "aws_s3_bucket" "logs"';
    const start = text.indexOf(h);
    assert.deepEqual(logs.headerRange, rangeOf(text, start, start + h.length));
    assert.deepEqual(logs.range, rangeOf(text, start, text.indexOf('\n}\n', start) + 2));
    const bucket = logs.attributes.find((a) => a.name === 'bucket')!;
    assert.equal(bucket.expression, '"${local.prefix}-logs"');
    assert.deepEqual(bucket.references, ['local.prefix']);
    const bStart = text.indexOf('bucket = "${local.prefix}');
    assert.deepEqual(bucket.nameRange, rangeOf(text, bStart, bStart + 'bucket'.length));
    assert.deepEqual(logs.attributes.find((a) => a.name === 'tags')!.references, ['var.environment']);
    assert.deepEqual(logs.ignoreChanges, ['tags["Name"]', 'tags_all']);
    const lc = logs.blocks.find((b) => b.type === 'lifecycle')!;
    const lcStart = text.indexOf('lifecycle {', start);
    assert.deepEqual(lc.range, rangeOf(text, lcStart, text.indexOf('  }', lcStart) + 3));
    const jobs = out.resources.find((x) => x.address === 'aws_sqs_queue.jobs')!;
    assert.equal(jobs.provider, 'aws.west');
    assert.equal(jobs.ignoreChanges, 'all');
    assert.deepEqual(jobs.count, { expression: 'var.queue_count', references: ['var.queue_count'] });
    const fromJson = out.resources.find((x) => x.address === 'aws_s3_bucket.from_json')!;
    assert.deepEqual(fromJson.attributes.find((a) => a.name === 'bucket')!.value, 'json-bucket');
    // The syntax error is in the file list and on stderr, with file:line:col (1-based).
    const broken = out.files.find((f) => f.file === 'broken/main.tf')!;
    assert.equal(broken.errors.length, 1);
    assert.deepEqual(broken.errors[0].range.start, { line: 5, character: 11 });
    assert.match(r.stderr, /^broken\/main\.tf:6:12: syntax error: Expected an expression/m);
    // The parse cache was written under $XDG_CACHE_HOME/driftlog.
    assert.equal(readdirSync(join(tmp, 'xdg', 'driftlog')).length, 1);
  });

  it('prints nested and dynamic blocks recursively with their ranges', () => {
    const dir = join(tmp, 'hcl');
    cpSync(join(ROOT, 'test-fixtures/hcl/valid'), dir, { recursive: true });
    const r = run(['index', dir, '--json', '--no-cache']);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as JOut;
    const sg = out.resources.find((x) => x.address === 'aws_security_group.sg')!;
    const text = readFileSync(join(dir, 'dynamic.tf'), 'utf8');
    const dyn = sg.blocks.find((b) => b.type === 'dynamic')!;
    assert.deepEqual(dyn.labels, ['ingress']);
    const ds = text.indexOf('dynamic "ingress"');
    assert.deepEqual(dyn.headerRange, rangeOf(text, ds, ds + 'dynamic "ingress"'.length));
    const nested = dyn.blocks[0].blocks.find((b) => b.type === 'dynamic')!;
    assert.deepEqual(nested.labels, ['nested']);
    const x = nested.blocks[0].attributes[0];
    assert.equal(x.name, 'x');
    assert.deepEqual(x.references, ['nested.key']);
    const xs = text.indexOf('x = nested.key');
    assert.deepEqual(x.range, rangeOf(text, xs, xs + 'x = nested.key'.length));
    assert.equal(existsSync(join(tmp, 'xdg', 'driftlog')), false, '--no-cache writes no cache');
  });

  it('plain text lists resources with file:line:col; skipped files are reported on stderr', () => {
    writeFileSync(join(ws, 'binary.tf'), Buffer.from([0x00, 0x01]));
    const r = run(['index', ws]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^aws_s3_bucket\.logs {2}main\.tf:\d+:1-\d+:2$/m);
    assert.match(r.stdout, /^ {2}bucket = "\$\{local\.prefix\}-logs" {2}\(\d+:3\)$/m);
    assert.match(r.stdout, /resources in 13 files \(1 syntax errors, 1 skipped\)/);
    assert.match(r.stderr, /^binary\.tf: skipped, binary file/m);
  });

  it('--exclude skips matching files', () => {
    const r = run(['index', ws, '--json', '--exclude', 'broken/**', '--exclude', 'modules']);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as JOut;
    assert.ok(!out.resources.some((x) => x.module === 'broken' || x.module.startsWith('modules')));
    assert.equal(r.stderr, '');
  });

  it('--help documents the command; unknown flags, extra arguments and missing directories exit 1 with a message', () => {
    const help = run(['index', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Usage: driftlog index \[DIR\]/);
    assert.match(help.stdout, /--json/);
    const top = run(['--help']);
    assert.match(top.stdout, /index/);
    const bad = run(['index', ws, '--jsn']);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /Unknown option '--jsn'/);
    const missing = run(['index', join(tmp, 'nope')]);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /no such directory/);
    const two = run(['index', ws, ws]);
    assert.equal(two.code, 1);
    assert.match(two.stderr, /at most one directory/);
  });
});
