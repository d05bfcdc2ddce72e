// The demo of `npm run demo`: its workspace (test-fixtures/demo, given a git history by scripts/demoWorkspace.mjs)
// scanned by the real CLI against the emulator seeded with test-fixtures/demo/seed.json shows exactly the intended
// statuses and differences, and nothing else; and `npm run demo -- --check` starts and stops everything.
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startEmulator, type Emulator } from '../src/emulator';
import type { ScanReport } from '../src/engine/scan/types';
import { ALICE, ALICE_LATER, BOB, DEMO_FIXTURE, DEMO_SEED, DEMO_USER, demoSeed, prepareDemoWorkspace } from '../../scripts/demoWorkspace.mjs';

const ROOT = resolve(__dirname, '../..');
const CLI = join(ROOT, 'server/src/cli.ts');
const TSX = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runProcess(cmd: string, args: string[], env: NodeJS.ProcessEnv, cwd = ROOT): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(cmd, args, { cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

/** The author git blame names for the 1-based line of `file` holding `text` (after the line holding `after`). */
function blameAuthor(dir: string, file: string, after: string, text: string): string {
  const lines = readFileSync(join(dir, file), 'utf8').split('\n');
  const start = lines.findIndex((l) => l.includes(after));
  const i = lines.findIndex((l, n) => n >= start && l.includes(text));
  assert.ok(start >= 0 && i >= 0, `${text} after ${after} in ${file}`);
  const porcelain = git(dir, 'blame', '--porcelain', '-L', `${i + 1},${i + 1}`, file);
  return /^author (.*)$/m.exec(porcelain)![1]!;
}

describe('demo workspace (prepareDemoWorkspace)', () => {
  let tmp: string;
  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'driftlog-demo-ws-'));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('copies the stack without the seed and commits it as Bob, then Alice, with fixed dates', () => {
    const { dir, commits } = prepareDemoWorkspace(join(tmp, 'ws'));
    assert.deepEqual(
      commits.map((c) => [c.author, c.date]),
      [
        [BOB.name, BOB.date.replace('Z', '+00:00')],
        [ALICE.name, ALICE.date.replace('Z', '+00:00')],
        [ALICE_LATER.name, ALICE_LATER.date.replace('Z', '+00:00')],
      ],
    );
    // The committed tree is the fixture (less the emulator's seed), and nothing is left uncommitted.
    const expected = readdirSync(DEMO_FIXTURE).filter((f) => f !== 'seed.json');
    assert.deepEqual(git(dir, 'ls-files').trim().split('\n').sort(), [...expected, '.gitignore'].sort());
    for (const f of expected) assert.equal(readFileSync(join(dir, f), 'utf8'), readFileSync(join(DEMO_FIXTURE, f), 'utf8'), f);
    assert.equal(git(dir, 'status', '--porcelain'), '');
    // Who signs the audit log in the demo.
    assert.equal(git(dir, 'config', 'user.name').trim(), DEMO_USER.name);
    assert.equal(git(dir, 'config', 'user.email').trim(), DEMO_USER.email);
  });

  it("gives blame something true to say: Alice for the bucket's tags, Bob for the rest", () => {
    const dir = join(tmp, 'ws');
    assert.equal(blameAuthor(dir, 'storage.tf', 'resource "aws_s3_bucket" "uploads"', 'Env  = var.env'), ALICE.name);
    assert.equal(blameAuthor(dir, 'storage.tf', 'resource "aws_s3_bucket" "uploads"', 'bucket = "acme-orders-uploads"'), BOB.name);
    assert.equal(blameAuthor(dir, 'storage.tf', 'resource "aws_ssm_parameter" "feature_flags"', 'name  ='), ALICE.name);
    assert.equal(blameAuthor(dir, 'app.tf', 'resource "aws_sqs_queue" "orders"', 'visibility_timeout_seconds'), BOB.name);
    const subjects = git(dir, 'log', '--format=%s', '-L', '/aws_s3_bucket" "uploads"/,+7:storage.tf', '--no-patch').trim().split('\n');
    assert.equal(subjects[0], 'Tag the uploads bucket with the environment variable and the team');
  });

  it('refuses a folder that is not empty, or one inside the project', () => {
    assert.throws(() => prepareDemoWorkspace(join(tmp, 'ws')), /is not empty/);
    assert.throws(() => prepareDemoWorkspace(join(ROOT, 'test-results', 'demo-ws')), /must lie outside the project/);
    assert.equal(existsSync(join(ROOT, 'test-results', 'demo-ws')), false);
  });

  it("keeps the seed's CloudTrail events within 90 days of today, spaced as written", () => {
    const written = JSON.parse(readFileSync(DEMO_SEED, 'utf8')).changes.map((c: { eventTime: string }) => c.eventTime);
    assert.deepEqual(demoSeed(new Date('2026-12-01T00:00:00Z')).changes!.map((c) => c.eventTime), written);
    const later = new Date('2027-06-01T00:00:00Z');
    const moved = demoSeed(later).changes!.map((c) => Date.parse(c.eventTime!));
    assert.equal(Math.max(...moved), later.getTime() - 2 * 86_400_000);
    const gaps = (ts: number[]) => ts.slice(1).map((t, i) => t - ts[i]!);
    assert.deepEqual(gaps(moved), gaps(written.map((t: string) => Date.parse(t))));
  });
});

describe('demo stack against the emulator (driftlog scan)', function () {
  this.timeout(60_000);
  let emu: Emulator;
  let tmp: string;
  let dir: string;
  let report: ScanReport;
  let exitCode: number | null;

  before(async () => {
    emu = await startEmulator({ port: 0, seed: DEMO_SEED, rngSeed: 1 });
    tmp = mkdtempSync(join(tmpdir(), 'driftlog-demo-scan-'));
    dir = prepareDemoWorkspace(join(tmp, 'ws')).dir;
    const env = { PATH: process.env.PATH ?? '', HOME: join(tmp, 'home'), AWS_EC2_METADATA_DISABLED: 'true', ...emu.env('us-east-1') };
    const r = await runProcess(process.execPath, ['--import', TSX, CLI, 'scan', dir, '--format', 'json', '--no-log'], env);
    exitCode = r.code;
    assert.ok(r.stdout.startsWith('{'), `scan printed no report:\n${r.stderr}`);
    report = JSON.parse(r.stdout) as ScanReport;
  });

  after(async () => {
    await emu.stop();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('shows every status as intended, and nothing else', () => {
    assert.equal(exitCode, 2);
    assert.deepEqual(
      report.resources.map((r) => [r.address, r.status]),
      [
        ['aws_iam_role.api', 'in_sync'],
        ['aws_iam_role_policy.api_orders', 'in_sync'],
        ['aws_security_group.api', 'in_sync'],
        ['aws_sqs_queue.orders', 'drifted'],
        ['aws_sns_topic.order_events', 'missing'],
        ['aws_cloudwatch_log_group.api', 'drifted'],
        ['aws_s3_bucket.uploads', 'drifted'],
        ['aws_s3_bucket_versioning.uploads', 'in_sync'],
        ['aws_s3_bucket_public_access_block.uploads', 'in_sync'],
        ['aws_dynamodb_table.orders', 'in_sync'],
        ['aws_ssm_parameter.table_name', 'in_sync'],
        ['aws_ssm_parameter.feature_flags', 'not_in_state'],
        ['unmanaged:AWS::S3::Bucket:acme-orders-tmp-export', 'unmanaged'],
      ],
    );
    assert.deepEqual(report.summary, { in_sync: 7, drifted: 3, missing: 1, unmanaged: 1, not_in_state: 1, unsupported: 0, error: 0 });
    // Only RolePolicy cannot be listed (its list handler needs the role): a note, not an error.
    assert.deepEqual(report.notes?.map((n) => n.slice(0, n.indexOf(': '))), ['AWS::IAM::RolePolicy in us-east-1']);
  });

  it('differs exactly where alice, bob and carol changed things, each at its attribute in the code (a tag at its map)', () => {
    const diffs = report.resources
      .filter((r) => r.differences.length > 0)
      .map((r) => ({
        address: r.address,
        differences: r.differences.map((d) => ({ path: d.path, expected: d.expected, actual: d.actual, kind: d.kind, source: d.source, line: d.range && d.range.start.line + 1 })),
      }));
    const lineOf = (file: string, text: string) => readFileSync(join(dir, file), 'utf8').split('\n').findIndex((l) => l.includes(text)) + 1;
    assert.deepEqual(diffs, [
      { address: 'aws_sqs_queue.orders', differences: [{ path: 'visibility_timeout_seconds', expected: 60, actual: 300, kind: 'changed', source: 'config', line: lineOf('app.tf', 'visibility_timeout_seconds') }] },
      { address: 'aws_cloudwatch_log_group.api', differences: [{ path: 'retention_in_days', expected: 30, actual: 7, kind: 'changed', source: 'config', line: lineOf('app.tf', 'retention_in_days') }] },
      { address: 'aws_s3_bucket.uploads', differences: [{ path: 'tags.Env', expected: 'prod', actual: 'staging', kind: 'changed', source: 'config', line: lineOf('storage.tf', 'tags = {') }] },
    ]);
  });

  it('records the out-of-band changes in CloudTrail under the named principals', async () => {
    const events = await emu.admin.events();
    const byPrincipal = events
      .map((e) => e as { eventName?: string; userIdentity?: { arn?: string } })
      .filter((e) => /user\/(alice|bob|carol)$/.test(e.userIdentity?.arn ?? ''))
      .map((e) => [e.userIdentity!.arn, e.eventName])
      .sort();
    assert.deepEqual(byPrincipal, [
      ['arn:aws:iam::111111111111:user/alice', 'PutBucketTagging'],
      ['arn:aws:iam::111111111111:user/bob', 'SetQueueAttributes'],
      ['arn:aws:iam::111111111111:user/carol', 'PutRetentionPolicy'],
    ]);
  });
});

/** True when code-server is installed in the cache (the e2e suite or `node scripts/codeServer.mjs` does it once). */
function codeServerInstalled(): boolean {
  const cache = resolve(process.env.DRIFTLOG_E2E_CACHE || join(homedir(), '.cache', 'driftlog-e2e'));
  return existsSync(cache) && readdirSync(cache).some((d) => d.startsWith('code-server-') && existsSync(join(cache, d, '.ready')));
}

/** Pids of live processes whose command line names `path`. */
function processesMentioning(path: string): string[] {
  return readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .filter((p) => {
      try {
        return readFileSync(`/proc/${p}/cmdline`, 'utf8').includes(path);
      } catch {
        return false;
      }
    });
}

describe('npm run demo', function () {
  // Building, packaging and starting code-server take about 10 s here; a busy machine gets more room.
  this.timeout(180_000);
  const DEMO = join(ROOT, 'scripts', 'demo.mjs');

  it('says what is wrong with a bad option or a busy port, before building anything', async () => {
    const r = await runProcess(process.execPath, [DEMO, '--port', '70000'], process.env);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /--port needs a port number from 1 to 65535, got '70000'/);
    assert.doesNotMatch(r.stdout, /building/);
    const bogus = await runProcess(process.execPath, [DEMO, '--bogus'], process.env);
    assert.equal(bogus.code, 1);
    assert.match(bogus.stderr, /unknown option '--bogus'/);
    const busy = createServer();
    await new Promise<void>((done) => busy.listen(0, '127.0.0.1', done));
    const port = (busy.address() as AddressInfo).port;
    try {
      const taken = await runProcess(process.execPath, [DEMO, '--port', String(port)], process.env);
      assert.equal(taken.code, 1);
      assert.match(taken.stderr, new RegExp(`port ${port} is already in use: choose another with --port`));
      assert.doesNotMatch(taken.stdout, /building/);
    } finally {
      busy.close();
    }
  });

  it('--check starts the emulator and code-server with the extension, finds both answering, and stops them', async function () {
    if (!codeServerInstalled()) this.skip();
    const r = await runProcess(process.execPath, [DEMO, '--check'], process.env);
    assert.equal(r.code, 0, `${r.stdout}\n${r.stderr}`);
    const ok = /^\[demo\] OK: code-server answers at (\S+), the emulator at (\S+), driftlog\.driftlog-[\d.]+ installed/m.exec(r.stdout);
    assert.ok(ok, r.stdout);
    // Everything it started is gone: neither URL answers, and no process names its throwaway folder.
    for (const url of [ok[1]!, `${ok[2]!}/_admin/health`]) {
      await assert.rejects(fetch(url), TypeError, `${url} still answers`);
    }
    const folder = /(\S*driftlog-demo-check-[^/\s]+)\/workspace/.exec(r.stdout)?.[1];
    assert.ok(folder, r.stdout);
    assert.equal(existsSync(folder), false, `${folder} was left behind`);
    assert.deepEqual(processesMentioning(folder), [], 'processes left running');
  });

  it('prints the URL, serves the workspace with the emulator behind it, and Ctrl-C stops what it started and only that', async function () {
    if (!codeServerInstalled()) this.skip();
    const dir = mkdtempSync(join(tmpdir(), 'driftlog-demo-run-'));
    // Something this test started on its own: it must survive the demo's Ctrl-C.
    const bystander = await startEmulator({ port: 0, seed: DEMO_SEED, rngSeed: 2 });
    try {
      const child = spawn(process.execPath, [DEMO], { cwd: ROOT, env: { ...process.env, DRIFTLOG_DEMO_DIR: dir } });
      let stdout = '';
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
      await new Promise<void>((ready, fail) => {
        child.stdout.on('data', (d: Buffer) => {
          stdout += d.toString();
          if (stdout.includes('Ctrl-C stops code-server and the emulator.')) ready();
        });
        child.on('exit', (code) => fail(new Error(`the demo exited (${code}) before it was ready:\n${stdout}\n${stderr}`)));
      });
      const url = /^ {4}(http:\/\/127\.0\.0\.1:\d+\/\?folder=\S+)$/m.exec(stdout)?.[1];
      const emulatorUrl = /^Emulator: +(http:\/\/127\.0\.0\.1:\d+)/m.exec(stdout)?.[1];
      assert.ok(url && emulatorUrl, stdout);
      assert.equal(decodeURIComponent(new URL(url).searchParams.get('folder')!), join(dir, 'workspace'));
      assert.equal((await fetch(url)).status, 200);
      // The emulator holds the demo's live side, alice's change included.
      const bucket = (await (await fetch(`${emulatorUrl}/_admin/resource?type=AWS::S3::Bucket&identifier=acme-orders-uploads`)).json()) as {
        properties: { Tags: { Key: string; Value: string }[] };
      };
      assert.deepEqual(bucket.properties.Tags, [{ Key: 'Env', Value: 'staging' }, { Key: 'Team', Value: 'orders' }]);
      // The workspace has its history.
      assert.equal(git(join(dir, 'workspace'), 'log', '--format=%an').trim().split('\n').length, 3);

      child.kill('SIGINT');
      assert.equal(await exited, 0, stderr);
      assert.match(stdout, /\[demo\] stopped/);
      for (const u of [url, `${emulatorUrl}/_admin/health`]) await assert.rejects(fetch(u), TypeError, `${u} still answers`);
      assert.deepEqual(processesMentioning(dir), [], 'processes left running');
      assert.deepEqual(await bystander.admin.health(), { ok: true });
      assert.equal((await fetch(`${bystander.url}/_admin/health`)).status, 200);
    } finally {
      await bystander.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
