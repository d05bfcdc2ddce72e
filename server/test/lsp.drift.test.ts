// Drift in the editor, through the bundled language server over stdio, against the local Cloud Control
// emulator over real HTTP with the real AWS SDK: diagnostics on the exact ranges for every status, edits that
// move them or resolve them, the audit log written, cancellation, and no call at all when untrusted.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CancellationTokenSource, DidChangeConfigurationNotification, type Diagnostic } from 'vscode-languageserver-protocol';
import { startEmulator, type Emulator } from '../src/emulator';
import { ScanRequest, type ScanStatus } from '../src/protocol';
import { TestClient, uri } from './support/lspClient';

const FIXTURE = join(__dirname, '..', '..', 'test-fixtures', 'scan', 'basic');
const SEED = join(__dirname, '..', '..', 'test-fixtures', 'scan', 'seed.json');

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8' });
}

/** The position range of `needle` found after `anchor` in `text`. */
function rangeOf(text: string, anchor: string, needle: string): { start: { line: number; character: number }; end: { line: number; character: number } } {
  const from = text.indexOf(anchor);
  assert.ok(from >= 0, `anchor ${anchor}`);
  const at = text.indexOf(needle, from);
  const pos = (off: number) => {
    const before = text.slice(0, off).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
  };
  return { start: pos(at), end: pos(at + needle.length) };
}

describe('drift diagnostics from the language server', function () {
  this.timeout(60_000);
  let emu: Emulator;
  let root: string;
  let home: string;
  let client: TestClient | undefined;

  beforeEach(async () => {
    emu = await startEmulator({ seed: SEED });
    root = mkdtempSync(join(tmpdir(), 'driftlog-drift-'));
    home = mkdtempSync(join(tmpdir(), 'driftlog-home-'));
    cpSync(FIXTURE, root, { recursive: true });
    git(root, 'init', '-q', '-b', 'main');
    git(root, 'config', 'user.name', 'Alice Example');
    git(root, 'config', 'user.email', 'alice@example.com');
    git(root, 'add', '.');
    git(root, 'commit', '-qm', 'infra');
  });
  afterEach(async () => {
    await client?.stop();
    client = undefined;
    await emu.stop();
    rmSync(root, { recursive: true, force: true });
    rmSync(home, { recursive: true, force: true });
  });

  function env(): NodeJS.ProcessEnv {
    return { ...process.env, ...emu.env('us-east-1'), XDG_CONFIG_HOME: home, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' };
  }

  async function startTrusted(settings: Record<string, unknown> = {}): Promise<{ c: TestClient; statuses: ScanStatus[] }> {
    const c = await TestClient.start({ root, init: { trusted: true }, env: env(), settings: () => settings });
    client = c;
    return { c, statuses: c.scanStatuses };
  }

  const mainTf = () => join(root, 'main.tf');
  const byCode = (d: Diagnostic[], code: string) => d.filter((x) => x.code === code);
  const msg = (d: Diagnostic): string => (typeof d.message === 'string' ? d.message : d.message.value);

  it('puts each status on the right range, with the right severity, code and message', async () => {
    const { c } = await startTrusted();
    const diags = await c.waitFor('drift diagnostics on main.tf', () => {
      const d = c.diagnostics.get(uri(mainTf()));
      return d && d.some((x) => x.code === 'drift/changed') ? d : undefined;
    });
    const text = readFileSync(mainTf(), 'utf8');

    const changed = byCode(diags, 'drift/changed');
    assert.equal(changed.length, 1, JSON.stringify(diags, null, 1));
    assert.deepEqual(changed[0].range, rangeOf(text, 'resource "aws_s3_bucket" "assets"', '"prod"'));
    assert.equal(changed[0].severity, 2);
    assert.equal(changed[0].source, 'driftlog');
    assert.match(msg(changed[0]), /expected "prod" \(config\), actual "dev"/);
    assert.ok(changed[0].codeDescription?.href.includes('#'));
    assert.deepEqual(changed[0].relatedInformation?.[0].location.range, rangeOf(text, 'resource "aws_s3_bucket" "assets"', 'resource "aws_s3_bucket" "assets"'));

    const missing = byCode(diags, 'drift/missing');
    assert.equal(missing.length, 1);
    assert.equal(missing[0].severity, 1);
    assert.deepEqual(missing[0].range, rangeOf(text, 'resource "aws_sns_topic" "alerts"', 'resource "aws_sns_topic" "alerts"'));

    const notInState = byCode(diags, 'drift/not-in-state');
    assert.equal(notInState.length, 1);
    assert.equal(notInState[0].severity, 3);
    assert.deepEqual(notInState[0].range, rangeOf(text, 'resource "aws_s3_bucket" "fresh"', 'resource "aws_s3_bucket" "fresh"'));

    const errors = byCode(diags, 'drift/error');
    const logGroup = errors.find((d) => msg(d).includes('aws_cloudwatch_log_group.app'));
    assert.ok(logGroup, 'the denied log group is an error');
    assert.equal(logGroup.severity, 3);
    assert.match(msg(logGroup), /could not check drift/);
    // An error is never drift: nothing on the log group's attributes.
    const lgRange = rangeOf(text, 'resource "aws_cloudwatch_log_group" "app"', 'resource "aws_cloudwatch_log_group" "app"');
    assert.ok(!diags.some((d) => d.code === 'drift/changed' && d.range.start.line > lgRange.start.line && d.range.start.line < lgRange.start.line + 4));

    const unsupported = byCode(diags, 'drift/unsupported');
    assert.ok(unsupported.some((d) => msg(d).includes('aws_glue_job.etl')));

    const unmanaged = byCode(diags, 'drift/unmanaged');
    assert.ok(unmanaged.some((d) => msg(d).includes('dl-stray')), 'the stray bucket is unmanaged');
    assert.deepEqual(unmanaged[0].range, rangeOf(text, 'provider "aws"', 'provider "aws"'));
  });

  it('moves drift diagnostics with edits, drops them when the code is changed to the live value, and logs the scan', async () => {
    const { c } = await startTrusted();
    const path = mainTf();
    const first = await c.waitFor('the drift diagnostic', () => byCode(c.diagnostics.get(uri(path)) ?? [], 'drift/changed')[0]);
    let text = readFileSync(path, 'utf8');
    await c.open(path, text);
    await c.change(path, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# one\n# two\n' }]);
    const moved = await c.waitFor('the moved diagnostic', () => {
      const d = byCode(c.diagnostics.get(uri(path)) ?? [], 'drift/changed')[0];
      return d && d.range.start.line === first.range.start.line + 2 ? d : undefined;
    });
    assert.equal(moved.range.start.character, first.range.start.character);
    // Accept by hand: write the live value into the code.
    text = '# one\n# two\n' + text;
    const r = rangeOf(text, 'resource "aws_s3_bucket" "assets"', '"prod"');
    await c.change(path, [{ range: r, text: '"dev"' }]);
    await c.waitFor('the drift diagnostic to disappear', () => byCode(c.diagnostics.get(uri(path)) ?? [], 'drift/changed').length === 0);
    // The missing resource is still reported: only the resolved difference went away.
    assert.equal(byCode(c.diagnostics.get(uri(path)) ?? [], 'drift/missing').length, 1);

    // The first scan was recorded in a signed batch.
    const batches = join(root, '.driftlog', 'batches');
    const files = readdirSync(batches, { recursive: true }).map(String);
    assert.ok(files.some((f) => f.endsWith('.jsonl')), files.join(','));
    assert.ok(files.some((f) => f.endsWith('.jsonl.sig')));
    assert.ok(existsSync(join(root, '.driftlog', 'allowed_signers')));
  });

  it('records the first scan once, even when settings change while it runs (as VS Code does at start)', async () => {
    await emu.admin.setFaults({ latency: { kind: 'fixed', ms: 100 } });
    const { c, statuses } = await startTrusted();
    await c.waitFor('the first scan to start', () => statuses.some((s) => s.state === 'scanning'));
    await c.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    await c.conn.sendRequest(ScanRequest, { scope: { kind: 'workspace' } });
    await c.waitFor('the scan to finish', () => statuses.some((s) => s.state === 'idle' && s.summary));
    const batches = readdirSync(join(root, '.driftlog', 'batches'), { recursive: true }).map(String).filter((f) => f.endsWith('.jsonl'));
    assert.equal(batches.length, 1, batches.join(', '));
  });

  it('takes the severity of each status from the settings, and shows nothing for a status set to off', async () => {
    const { c } = await startTrusted({ severity: { drifted: 'error', missing: 'off' } });
    const diags = await c.waitFor('drift diagnostics', () => {
      const d = c.diagnostics.get(uri(mainTf()));
      return d && d.some((x) => x.code === 'drift/changed') ? d : undefined;
    });
    assert.equal(byCode(diags, 'drift/changed')[0].severity, 1);
    assert.equal(byCode(diags, 'drift/missing').length, 0);
    assert.equal(byCode(diags, 'drift/not-in-state')[0].severity, 3, 'unchanged statuses keep their default');
  });

  it("rescans a saved file's resources and shows what changed live since", async () => {
    const { c } = await startTrusted();
    const path = mainTf();
    await c.waitFor('the first scan', () => byCode(c.diagnostics.get(uri(path)) ?? [], 'drift/changed')[0]);
    await c.open(path, readFileSync(path, 'utf8'));
    // Someone changes the (so far in sync) logs bucket in the console; saving the file rescans it.
    await emu.admin.updateResource({ type: 'AWS::S3::Bucket', identifier: 'dl-logs', properties: { BucketName: 'dl-logs', Tags: [{ Key: 'Env', Value: 'qa' }] }, principal: 'dave' });
    await c.save(path);
    const d = await c.waitFor('drift on the logs bucket after the save', () =>
      byCode(c.diagnostics.get(uri(path)) ?? [], 'drift/changed').find((x) => msg(x).includes('aws_s3_bucket.logs')),
    );
    assert.match(msg(d), /expected "prod" \(config\), actual "qa"/);
  });

  it('stops issuing API calls when a scan is cancelled', async () => {
    await emu.admin.setFaults({ latency: { kind: 'fixed', ms: 300 } });
    const { c, statuses } = await startTrusted({ scan: { enabled: false, concurrency: 1 } });
    await c.waitIndexed();
    await emu.admin.resetCounters();
    const cts = new CancellationTokenSource();
    const result = c.conn.sendRequest(ScanRequest, { scope: { kind: 'workspace' } }, cts.token);
    await c.waitFor('the scan to make progress', () => statuses.some((s) => s.state === 'scanning' && s.done >= 1));
    cts.cancel();
    const r = await result;
    assert.equal(r.cancelled, true, c.logs.join("\n"));
    const atCancel = (await emu.admin.counters()).total;
    // The full scan of this fixture makes 12 calls (statuses above); the cancelled one stopped well before.
    assert.ok(atCancel < 8, `the cancelled scan made ${atCancel} calls`);
  });

  it('makes no API call in an untrusted workspace', async () => {
    const c = await TestClient.start({ root, init: { trusted: false }, env: env() });
    client = c;
    await c.waitIndexed();
    const r = await c.conn.sendRequest(ScanRequest, { scope: { kind: 'workspace' } });
    assert.match(r.error ?? '', /not trusted/);
    assert.equal((await emu.admin.counters()).total, 0);
    assert.equal(existsSync(join(root, '.driftlog')), false, 'nothing written');
  });
});
