// The workspace index on a copy of test-fixtures/index/ws: walker and excludes, per-file skips, the module model
// (resources, providers, backend, variables, locals, tfvars, module calls), the persistent parse cache and
// incremental updates.
import { strict as assert } from 'node:assert';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { literalValue } from '../src/engine/hcl/values';
import { LineIndex } from '../src/engine/hcl/lineIndex';
import type { Expr } from '../src/engine/hcl/ast';
import { indexFile, MAX_FILE_BYTES, walk, WorkspaceIndex, type ModuleIndex } from '../src/engine/index';

const FIXTURE = join(__dirname, '../../test-fixtures/index/ws');

let tmp: string;
let ws: string;
let cacheDir: string;

function lit(e: Expr | undefined): unknown {
  assert.ok(e, 'expression missing');
  return literalValue(e);
}

beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'driftlog-index-'));
  ws = join(tmp, 'ws');
  cacheDir = join(tmp, 'cache');
  cpSync(FIXTURE, ws, { recursive: true });
  // Directories that must never be indexed (not committable as fixtures: .git in particular).
  for (const d of ['.terraform/modules/m', '.git/x', 'node_modules/pkg', '.driftlog', 'nested/.terraform']) {
    mkdirSync(join(ws, d), { recursive: true });
    writeFileSync(join(ws, d, 'main.tf'), 'resource "aws_s3_bucket" "hidden" {}\n');
  }
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

describe('walk', () => {
  it('finds .tf, .tf.json, terraform.tfvars and *.auto.tfvars(.json); skips .terraform, .git, node_modules, .driftlog', () => {
    const rel = walk([ws]).map((p) => relative(ws, p));
    assert.deepEqual(rel, [
      'a.auto.tfvars',
      'b.auto.tfvars.json',
      'broken/main.tf',
      'gen/x.generated.tf',
      'json/main.tf.json',
      'legacy/old.tf',
      'local-backend/main.tf',
      'locals.tf',
      'main.tf',
      'modules/net/main.tf',
      'terraform.tfvars',
      'variables.tf',
    ]);
  });

  it('follows a symbolic link to a directory once and never loops', () => {
    symlinkSync(ws, join(ws, 'modules', 'loop'));
    const rel = walk([ws]).map((p) => relative(ws, p));
    assert.ok(rel.includes('main.tf'));
    assert.ok(rel.length < 40, `the walk looped: ${rel.length} files`);
  });

  it('applies exclude globs to directories and files', () => {
    const rel = walk([ws], { exclude: ['legacy/**', '**/*.generated.tf', 'modules'] }).map((p) => relative(ws, p));
    assert.ok(!rel.some((p) => p.startsWith('legacy/') || p.endsWith('.generated.tf') || p.startsWith('modules/')), rel.join(', '));
    assert.ok(rel.includes('main.tf'));
  });
});

describe('indexFile', () => {
  it('skips a file that is not UTF-8, binary or over 5 MB with a clear message, and handles a BOM', () => {
    const notUtf8 = indexFile('/x/latin1.tf', Buffer.from([0x61, 0x20, 0x3d, 0x20, 0x22, 0xe9, 0x22, 0x0a]));
    assert.equal(notUtf8.skipped?.reason, 'not-utf8');
    assert.match(notUtf8.skipped!.message, /latin1\.tf: skipped, not valid UTF-8/);
    const binary = indexFile('/x/bin.tf', Buffer.from('a = 1\n\0\0\0'));
    assert.equal(binary.skipped?.reason, 'binary');
    assert.match(binary.skipped!.message, /binary/);
    const big = indexFile('/x/big.tf', Buffer.alloc(MAX_FILE_BYTES + 1, 0x20));
    assert.equal(big.skipped?.reason, 'too-large');
    assert.match(big.skipped!.message, /over the 5 MB limit/);
    const text = 'a = "é"\nb = 2\n';
    const bom = indexFile('/x/bom.tf', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    assert.equal(bom.skipped, undefined);
    assert.deepEqual(bom.errors, []);
    // Offsets are in the text without the BOM, as an editor shows it.
    assert.equal(bom.body.attributes[1].nameSpan.start, text.indexOf('b ='));
    assert.equal(lit(bom.body.attributes[0].expr), 'é');
  });
});

describe('WorkspaceIndex', () => {
  async function openWs(opts: { exclude?: string[] } = {}): Promise<WorkspaceIndex> {
    const idx = new WorkspaceIndex({ cacheDir, exclude: opts.exclude });
    await idx.open([ws]);
    return idx;
  }
  function mod(idx: WorkspaceIndex, dir = ws): ModuleIndex {
    const m = idx.module(dir);
    assert.ok(m, `no module ${dir}`);
    return m;
  }

  it('indexes resources with addresses, count/for_each, provider alias and ignore_changes', async () => {
    const idx = await openWs();
    const m = mod(idx);
    assert.deepEqual(m.resources.map((r) => r.localAddress), [
      'aws_s3_bucket.logs', 'aws_sqs_queue.jobs', 'aws_iam_user.each', 'data.aws_caller_identity.me',
    ]);
    const [logs, jobs, each, me] = m.resources;
    assert.deepEqual(logs.ignoreChanges, ['tags["Name"]', 'tags_all']);
    assert.equal(jobs.ignoreChanges, 'all');
    assert.equal(jobs.provider, 'aws.west');
    assert.equal(jobs.count?.kind, 'traversal');
    assert.equal(each.forEach?.kind, 'call');
    assert.equal(me.mode, 'data');
    assert.equal(logs.file, join(ws, 'main.tf'));
    // Ranges are exact: the header of aws_s3_bucket.logs.
    const text = readFileSync(join(ws, 'main.tf'), 'utf8');
    const h = 'resource "aws_s3_bucket" "logs"';
    assert.deepEqual(logs.block.header, { start: text.indexOf(h), end: text.indexOf(h) + h.length });
    const jsonMod = mod(idx, join(ws, 'json'));
    assert.equal(jsonMod.resources[0].localAddress, 'aws_s3_bucket.from_json');
    assert.equal(jsonMod.resources[0].provider, 'aws.west');
  });

  it('indexes providers, backend, required providers, variables, locals, outputs, imports, moved and module calls', async () => {
    const idx = await openWs();
    const m = mod(idx);
    const [def, west] = m.providers;
    assert.equal(def.name, 'aws');
    assert.equal(def.alias, undefined);
    assert.equal(def.region?.kind, 'traversal');
    assert.equal(lit(def.profile), 'dev');
    assert.deepEqual(lit(def.defaultTags), { Owner: 'platform' });
    assert.deepEqual(Object.keys(def.endpoints), ['cloudcontrol', 's3']);
    assert.equal(lit(def.endpoints.cloudcontrol), 'http://127.0.0.1:4599');
    assert.equal(west.alias, 'west');
    assert.equal(lit(west.assumeRole?.roleArn), 'arn:aws:iam::123456789012:role/deploy');
    assert.equal(lit(west.assumeRole?.sessionName), 'driftlog');
    assert.equal(lit(west.assumeRole?.externalId), 'ext-1');

    assert.equal(m.backend?.type, 's3');
    assert.deepEqual(
      Object.fromEntries(Object.entries(m.backend!.config).map(([k, v]) => [k, literalValue(v)])),
      { bucket: 'acme-tfstate', key: 'app/terraform.tfstate', region: 'eu-west-1', profile: 'ops', workspace_key_prefix: 'envs' },
    );
    const local = mod(idx, join(ws, 'local-backend'));
    assert.equal(local.backend?.type, 'local');
    assert.equal(lit(local.backend?.config.path), 'state/terraform.tfstate');

    assert.deepEqual(m.requiredProviders, { aws: { source: 'hashicorp/aws', version: '~> 5.40' }, random: { version: '~> 3.0' } });
    assert.deepEqual([...m.variables.keys()], ['region', 'environment', 'queue_count', 'db_password']);
    assert.equal(lit(m.variables.get('queue_count')?.default), 2);
    assert.equal(m.variables.get('environment')?.default, undefined);
    assert.equal(m.variables.get('db_password')?.sensitive, true);
    assert.equal(m.variables.get('region')?.sensitive, false);
    assert.deepEqual([...m.locals.keys()], ['prefix', 'owners']);
    assert.deepEqual(lit(m.locals.get('owners')?.attribute.expr), ['a', 'b']);
    assert.deepEqual(m.outputs.map((o) => o.labels[0]), ['bucket_arn']);
    assert.equal(m.imports.length, 1);
    assert.equal(m.moved.length, 1);
    assert.deepEqual(
      m.moduleCalls.map((c) => [c.name, c.source, c.sourceDir]),
      [['net', './modules/net', join(ws, 'modules/net')], ['registry', 'terraform-aws-modules/vpc/aws', undefined]],
    );
    assert.deepEqual(mod(idx, join(ws, 'modules/net')).resources.map((r) => r.localAddress), ['aws_vpc.this']);
  });

  it('reads terraform.tfvars then *.auto.tfvars(.json) in name order, later files winning; other .tfvars are ignored', async () => {
    const idx = await openWs();
    const m = mod(idx);
    assert.equal(lit(m.tfvars.get('environment')?.attribute.expr), 'from-b-auto-json');
    assert.equal(m.tfvars.get('environment')?.file, join(ws, 'b.auto.tfvars.json'));
    assert.equal(lit(m.tfvars.get('queue_count')?.attribute.expr), 3);
    assert.equal(lit(m.tfvars.get('region')?.attribute.expr), 'eu-central-1');
    assert.ok(!m.files.includes(join(ws, 'prod.tfvars')));
  });

  it('keeps what parses around a syntax error, with the error position', async () => {
    const idx = await openWs();
    const f = idx.file(join(ws, 'broken/main.tf'))!;
    const text = readFileSync(join(ws, 'broken/main.tf'), 'utf8');
    assert.equal(f.errors.length, 1);
    assert.deepEqual(new LineIndex(f.lineStarts).positionAt(f.errors[0].start), { line: 5, character: '  bucket = '.length });
    const m = mod(idx, join(ws, 'broken'));
    assert.deepEqual(m.resources.map((r) => r.localAddress), ['aws_s3_bucket.ok', 'aws_s3_bucket.bad']);
    const bad = m.resources[1];
    assert.deepEqual(bad.block.body.attributes.map((a) => a.name), ['bucket', 'region']);
    assert.equal(bad.block.end, text.lastIndexOf('}') + 1);
  });

  it('re-opening from the persistent cache parses nothing; a changed file is the only one parsed', async () => {
    const first = await openWs();
    assert.equal(first.parseCount, 12);
    const warm = new WorkspaceIndex({ cacheDir });
    const stats = await warm.open([ws]);
    assert.equal(stats.parsed, 0);
    assert.equal(stats.cached, 12);
    assert.equal(warm.parseCount, 0);
    // Errors and symbols come from the cache too.
    assert.equal(warm.file(join(ws, 'broken/main.tf'))!.errors.length, 1);
    assert.ok(warm.symbols().some((s) => s.address === 'aws_s3_bucket.logs'));
    assert.equal(warm.parseCount, 0);

    writeFileSync(join(ws, 'locals.tf'), 'locals {\n  prefix = "changed"\n}\n');
    const third = new WorkspaceIndex({ cacheDir });
    const s3 = await third.open([ws]);
    assert.equal(s3.parsed, 1);
    assert.equal(s3.cached, 11);
    assert.equal(lit(third.module(ws)!.locals.get('prefix')?.attribute.expr), 'changed');
  });

  it('an unreadable cache is reported and ignored', async () => {
    await openWs();
    const logs: string[] = [];
    const { readdirSync } = await import('node:fs');
    for (const f of readdirSync(cacheDir)) writeFileSync(join(cacheDir, f), '{ not json');
    const idx = new WorkspaceIndex({ cacheDir, log: (_l, m) => logs.push(m) });
    const stats = await idx.open([ws]);
    assert.equal(stats.parsed, 12);
    assert.ok(logs.some((m) => /parse cache .* is unreadable/.test(m)), logs.join('\n'));
  });

  it('reports skipped files through the log and keeps indexing the others', async () => {
    writeFileSync(join(ws, 'binary.tf'), Buffer.from([0x00, 0x01, 0x02]));
    writeFileSync(join(ws, 'latin1.tf'), Buffer.from([0x61, 0x3d, 0x22, 0xe9, 0x22, 0x0a]));
    writeFileSync(join(ws, 'huge.tf'), Buffer.alloc(6 * 1024 * 1024, 0x20));
    const logs: string[] = [];
    const idx = new WorkspaceIndex({ log: (_l, m) => logs.push(m) });
    const stats = await idx.open([ws]);
    assert.equal(stats.skipped, 3);
    assert.ok(logs.some((m) => m.includes('huge.tf: skipped, 6.0 MB is over the 5 MB limit')), logs.join('\n'));
    assert.ok(logs.some((m) => m.includes('binary.tf: skipped, binary file')));
    assert.ok(logs.some((m) => m.includes('latin1.tf: skipped, not valid UTF-8')));
    assert.equal(idx.module(ws)!.resources.length, 4);
  });

  it('updateFile re-indexes only that file and moves its ranges; removeFile drops it', async () => {
    const idx = await openWs();
    // Bodies are materialised on demand: building the module once brings the sibling files' bodies in.
    idx.module(ws);
    const before = idx.parseCount;
    const path = join(ws, 'main.tf');
    const old = readFileSync(path, 'utf8');
    const text = '# a new first line\n' + old;
    idx.updateFile(path, text);
    assert.equal(idx.parseCount, before + 1);
    const logs = idx.module(ws)!.resources[0];
    const h = 'resource "aws_s3_bucket" "logs"';
    assert.equal(logs.block.header.start, text.indexOf(h));
    assert.equal(idx.parseCount, before + 1, 'building the module parsed nothing else');
    // resourceAt finds the block around an offset, and nothing outside blocks.
    assert.equal(idx.resourceAt(path, text.indexOf('"${local.prefix}-logs"'))?.localAddress, 'aws_s3_bucket.logs');
    assert.equal(idx.resourceAt(path, 0), undefined);
    idx.removeFile(path);
    assert.equal(idx.file(path), undefined);
    assert.deepEqual(idx.module(ws)!.resources, []);
    idx.removeFile(join(ws, 'modules/net/main.tf'));
    assert.equal(idx.module(join(ws, 'modules/net')), undefined);
  });

  it('syntax errors follow edits', async () => {
    const idx = await openWs();
    const path = join(ws, 'locals.tf');
    const f = idx.updateFile(path, 'locals {\n  a = [1, 2\n}\n');
    assert.ok(f.errors.length > 0);
    assert.equal(idx.updateFile(path, 'locals {\n  a = [1, 2]\n}\n').errors.length, 0);
  });

  it('bodies are materialised on demand after a warm open and are the same as a fresh parse', async () => {
    const cold = await openWs();
    const coldJson = JSON.stringify(cold.module(ws)!.resources.map((r) => r.block));
    const warm = new WorkspaceIndex({ cacheDir, bodyCacheSize: 1, moduleCacheSize: 1 });
    await warm.open([ws]);
    assert.equal(JSON.stringify(warm.module(ws)!.resources.map((r) => r.block)), coldJson);
  });

  it('a file changed on disk after the open is re-indexed when its body is first needed', async () => {
    const idx = await openWs();
    const path = join(ws, 'locals.tf');
    writeFileSync(path, 'locals {\n  prefix = "on-disk"\n  extra  = 1\n}\n');
    const m = idx.module(ws)!;
    assert.equal(lit(m.locals.get('prefix')?.attribute.expr), 'on-disk');
    assert.deepEqual(idx.file(path)!.outline().map((b) => b.type), ['locals']);
    assert.equal(idx.file(path)!.text.includes('on-disk'), true);
  });

  it('exclude globs apply to the index', async () => {
    const idx = await openWs({ exclude: ['legacy/**', '**/*.generated.tf'] });
    const all = idx.symbols().map((s) => s.address);
    assert.ok(!all.includes('aws_s3_bucket.legacy') && !all.includes('aws_s3_bucket.generated'), all.join(', '));
    assert.ok(!all.includes('aws_s3_bucket.hidden'));
    assert.ok(all.includes('module.net'));
  });
});
