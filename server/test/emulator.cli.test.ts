// `driftlog emulator` as a user runs it (a real child process), its flags, and the seed's validation messages.
import { strict as assert } from 'node:assert';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CloudControlClient, GetResourceCommand } from '@aws-sdk/client-cloudcontrol';
import { parseArgs } from '../src/cli/emulator';
import { AdminClient, loadSeedFile, SeedError, startEmulator, validateSeed } from '../src/emulator';

const ROOT = join(__dirname, '..', '..');
const SEED_FILE = join(ROOT, 'test-fixtures', 'emulator', 'seed.json');
const CLI = join(ROOT, 'server', 'src', 'cli.ts');

function run(args: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', CLI, 'emulator', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Resolves with the text once `pattern` appears on the stream, or rejects at the deadline or on exit. */
function waitFor(child: ChildProcess, stream: 'stdout' | 'stderr', pattern: RegExp, deadlineMs = 15_000): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`no ${pattern} on ${stream} within ${deadlineMs} ms; got: ${text}`)), deadlineMs);
    child[stream]!.on('data', (d: Buffer) => {
      text += String(d);
      const m = pattern.exec(text);
      if (m) {
        clearTimeout(timer);
        resolve(m);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before ${pattern}; ${stream}: ${text}`));
    });
  });
}

function exitCode(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
}

describe('driftlog emulator (CLI)', () => {
  it('serves the seed on the port it prints, answers the SDK, and stops cleanly on SIGINT', async () => {
    const child = run(['--port', '0', '--seed', SEED_FILE, '--latency', '1-3', '--seed-rng', '7']);
    try {
      const [, url] = await waitFor(child, 'stdout', /listening on (http:\/\/\S+)\n/);
      const seed = loadSeedFile(SEED_FILE);
      const cred = seed.credentials[0]!;
      const client = new CloudControlClient({ endpoint: url, region: 'us-east-1', maxAttempts: 1, credentials: cred });
      const out = await client.send(new GetResourceCommand({ TypeName: 'AWS::S3::Bucket', Identifier: 'driftlog-logs' }));
      assert.equal(out.ResourceDescription?.Identifier, 'driftlog-logs');
      assert.deepEqual((await new AdminClient(url!).counters()).byOperation, { GetResource: 1 });
      const stopped = waitFor(child, 'stderr', /stopped/);
      child.kill('SIGINT');
      await stopped;
      assert.equal(await exitCode(child), 0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });

  it('never prints the secret key', async () => {
    const child = run(['--port', '0', '--seed', SEED_FILE]);
    let all = '';
    child.stdout!.on('data', (d) => (all += String(d)));
    child.stderr!.on('data', (d) => (all += String(d)));
    try {
      await waitFor(child, 'stdout', /credentials: .*\n/);
      child.kill('SIGINT');
      await exitCode(child);
      assert.match(all, /AKIDDRIFTLOGTEST0001/);
      assert.doesNotMatch(all, /driftlog-test-secret/);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });

  it('exits 1 with a clear message for a bad seed file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'driftlog-emu-'));
    try {
      const bad = join(dir, 'seed.json');
      writeFileSync(bad, JSON.stringify({ credentials: [{ accessKeyId: 'A', secretAccessKey: 'B', account: '111111111111', principalArn: 'arn:aws:iam::111111111111:user/x' }], types: { 'AWS::S3::Bucket': { primaryIdentifier: ['BucketName'], writeonly: ['X'] } } }));
      const child = run(['--port', '0', '--seed', bad]);
      let err = '';
      child.stderr!.on('data', (d) => (err += String(d)));
      assert.equal(await exitCode(child), 1);
      assert.match(err, /types\["AWS::S3::Bucket"\]: unknown key "writeonly"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('parses fault flags, and names the bad one', () => {
    const a = parseArgs(['--seed', 's.json', '--port=9000', '--latency', 'normal:50,10', '--rate', '20', '--throttle-rate', '0.5', '--error-rate=0.1', '--reset-rate', '0.05', '--timeout-rate', '0.01', '--seed-rng', '3', '--lookup-rate', '2']);
    assert.deepEqual(a, {
      seed: 's.json',
      port: 9000,
      host: '127.0.0.1',
      rngSeed: 3,
      faults: { latency: { kind: 'normal', mean: 50, sd: 10 }, rate: 20, throttleRate: 0.5, errorRate: 0.1, resetRate: 0.05, timeoutRate: 0.01, lookupRate: 2 },
    });
    assert.deepEqual(parseArgs(['--seed', 's', '--latency', '20-80']) !== 'help' && (parseArgs(['--seed', 's', '--latency', '20-80']) as { faults: unknown }).faults, { latency: { kind: 'uniform', min: 20, max: 80 } });
    assert.throws(() => parseArgs(['--seed', 's', '--error-rate', '1.5']), /--error-rate: '1.5' is not a fraction between 0 and 1/);
    assert.throws(() => parseArgs(['--seed', 's', '--latency', 'fast']), /bad latency 'fast'/);
    assert.throws(() => parseArgs(['--port', '1']), /--seed FILE is required/);
    assert.throws(() => parseArgs(['--seed', 's', '--frobnicate']), /unknown option '--frobnicate'/);
    assert.equal(parseArgs(['--help']), 'help');
  });
});

describe('emulator seed validation', () => {
  const base = () => ({
    credentials: [{ accessKeyId: 'AK', secretAccessKey: 'SK', account: '111111111111', principalArn: 'arn:aws:iam::111111111111:user/a' }],
    types: { 'AWS::S3::Bucket': { primaryIdentifier: ['/properties/BucketName'] } },
    resources: { '111111111111': { 'us-east-1': { 'AWS::S3::Bucket': [{ BucketName: 'b' }] } } },
  });

  it('accepts the documented example and the minimal seed', () => {
    assert.ok(loadSeedFile(SEED_FILE).credentials.length >= 1);
    assert.equal(validateSeed(base()).types['AWS::S3::Bucket']!.list, 'full');
  });

  it('names the bad place for each kind of mistake', () => {
    const cases: Array<[(s: ReturnType<typeof base>) => unknown, RegExp]> = [
      [(s) => ({ ...s, credentials: [] }), /credentials must be a non-empty array/],
      [(s) => ({ ...s, credentials: [{ ...s.credentials[0], account: '12' }] }), /credentials\[0\]\.account must be a 12-digit account id/],
      [(s) => ({ ...s, credentials: [s.credentials[0], s.credentials[0]] }), /access key id AK appears twice/],
      [(s) => ({ ...s, types: { 'S3 bucket': { primaryIdentifier: ['A'] } } }), /not a CloudFormation type name/],
      [(s) => ({ ...s, types: { 'AWS::S3::Bucket': { primaryIdentifier: [] } } }), /primaryIdentifier must list at least one property path/],
      [(s) => ({ ...s, types: { 'AWS::S3::Bucket': { primaryIdentifier: ['A'], list: 'some' } } }), /list must be one of full, identifiers, needs-model, none/],
      [(s) => ({ ...s, resources: { '111111111111': { 'us-east-1': { 'AWS::SQS::Queue': [] } } } }), /type AWS::SQS::Queue has no entry in types/],
      [(s) => ({ ...s, resources: { '111111111111': { moon: {} } } }), /"moon" is not a region name/],
      [(s) => ({ ...s, extra: 1 }), /unknown key "extra"/],
    ];
    for (const [mutate, message] of cases) {
      assert.throws(() => validateSeed(mutate(base())), (e: unknown) => e instanceof SeedError && message.test(e.message));
    }
  });

  it('refuses seed resources without an identifier or with a duplicate one when the emulator starts', async () => {
    const noId = base();
    noId.resources['111111111111']['us-east-1']['AWS::S3::Bucket'] = [{ Tags: [] } as unknown as { BucketName: string }];
    await assert.rejects(startEmulator({ seed: noId }), /\["AWS::S3::Bucket"\]\[0\]: the primary identifier \(\/properties\/BucketName\) is neither given nor generated/);
    const dup = base();
    dup.resources['111111111111']['us-east-1']['AWS::S3::Bucket'] = [{ BucketName: 'b' }, { BucketName: 'b' }];
    await assert.rejects(startEmulator({ seed: dup }), /identifier b appears twice/);
  });
});

describe('emulator seed changes', () => {
  it('applies the seed\'s out-of-band changes at start and records them in CloudTrail with their principal', async () => {
    const emu = await startEmulator({ seed: SEED_FILE });
    try {
      const live = await emu.admin.getResource({ region: 'eu-west-1', type: 'AWS::S3::Bucket', identifier: 'driftlog-eu-archive' });
      assert.deepEqual(live?.properties['Tags'], [{ Key: 'Retention', Value: '90d' }]);
      const events = await emu.admin.events({ region: 'eu-west-1' });
      assert.equal(events.length, 1);
      assert.equal((events[0]!['userIdentity'] as { arn: string }).arn, 'arn:aws:iam::111111111111:user/carol');
      assert.equal(events[0]!['eventTime'], '2026-11-21T09:30:00Z');
      assert.equal(events[0]!['eventName'], 'PutBucketTagging');
    } finally {
      await emu.stop();
    }
  });

  it('refuses a change to a resource that does not exist, naming it', async () => {
    const seed = loadSeedFile(SEED_FILE);
    seed.changes = [{ type: 'AWS::S3::Bucket', identifier: 'ghost', principal: 'alice', properties: { A: 1 } }];
    await assert.rejects(startEmulator({ seed }), /seed changes\[0\] \(AWS::S3::Bucket ghost\): .*not found/);
    assert.throws(() => validateSeed({ ...seed, changes: [{ type: 'AWS::S3::Bucket', identifier: 'x' }] }), /give exactly one of patch or properties/);
  });
});
