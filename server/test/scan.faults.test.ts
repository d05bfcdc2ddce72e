// The scan under fault injection, cancellation and priorities: the real scan, the real SDK, the emulator over
// HTTP. Classifications are compared with a fault-free scan of the same workspace made in the same test.
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startEmulator, type Emulator } from '../src/emulator';
import { RequestScheduler } from '../src/engine/cloud/scheduler';
import { ScanCancelled, scan } from '../src/engine/scan/scan';
import { loadWorkspace } from '../src/engine/scan/workspace';
import type { ScanReport } from '../src/engine/scan/types';
import { generateWorkspace, REGION } from '../../test-fixtures/scan/generate';

const ROOT = resolve(__dirname, '../..');
const FIXTURE = join(ROOT, 'test-fixtures/scan/basic');
const SEED = join(ROOT, 'test-fixtures/scan/seed.json');

/** Runs `fn` with the emulator's credentials and endpoint in process.env, restoring it after. */
async function withEnv<T>(vars: Record<string, string>, fn: () => Promise<T>): Promise<T> {
  const saved = { ...process.env };
  Object.assign(process.env, vars, { AWS_EC2_METADATA_DISABLED: 'true', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' });
  try {
    return await fn();
  } finally {
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  }
}

function classification(report: ScanReport): string[] {
  return report.resources.map((r) => `${r.address} ${r.status} ${JSON.stringify(r.differences.map((d) => [d.path, d.expected, d.actual, d.kind]))}`);
}

/** Polls `check` until it holds or the deadline passes. */
async function until(check: () => Promise<boolean>, ms = 5_000): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setImmediate(r));
  }
  return check();
}

describe('scan under faults (emulator over HTTP)', function () {
  this.timeout(120_000);

  it('50% throttling, 10% 5xx and 10% connection resets: completes, classifies every resource as without faults, no error', async () => {
    const emu = await startEmulator({ port: 0, seed: SEED, rngSeed: 7 });
    try {
      await withEnv(emu.env(REGION), async () => {
        const { scanInput } = await loadWorkspace(FIXTURE);
        const clean = await scan({ ...scanInput });
        await emu.admin.setFaults({ throttleRate: 0.5, errorRate: 0.1, resetRate: 0.1 });
        await emu.admin.resetCounters();
        const faulty = await scan({ ...scanInput, scheduler: { baseDelayMs: 20, maxDelayMs: 500 } });
        const counters = await emu.admin.counters();
        assert.deepEqual(classification(faulty.report), classification(clean.report));
        // The only error is the one the credentials cause (access denied), in both scans; none came from faults.
        assert.deepEqual(
          faulty.report.resources.filter((r) => r.status === 'error').map((r) => r.address),
          ['aws_cloudwatch_log_group.app'],
        );
        assert.ok(faulty.stats.retries > 0, 'faults were injected and retried');
        assert.ok((counters.byOutcome.throttled ?? 0) > 0 && (counters.byOutcome['server-error'] ?? 0) + (counters.byOutcome.reset ?? 0) > 0, JSON.stringify(counters));
        // Every attempt the scheduler counted reached the emulator.
        assert.equal(counters.total, faulty.stats.calls);
      });
    } finally {
      await emu.stop();
    }
  });

  it('a 20 req/s rate limit on 200 resources: zero failed resources, every one in sync', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'driftlog-scan-rate-'));
    const g = generateWorkspace(dir, { count: 200, files: 2 });
    const emu = await startEmulator({ port: 0, seed: g.seed, rngSeed: 3, faults: { rate: 20, latency: { kind: 'fixed', ms: 5 } } });
    try {
      await withEnv(emu.env(REGION), async () => {
        const { scanInput } = await loadWorkspace(dir);
        // Aggressive settings on our side too: more than the server allows, to exercise the adaptive back-off.
        const out = await scan({ ...scanInput, scheduler: { rate: 40, burst: 10, concurrency: 16 } });
        assert.equal(out.report.summary.in_sync, 200, JSON.stringify(out.report.summary));
        assert.equal(out.report.resources.length, 200);
        assert.ok(out.stats.throttled > 0, 'the server throttled us');
      });
    } finally {
      await emu.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('timeouts: a call that never answers is aborted and retried, and the resource still ends classified', async () => {
    const emu = await startEmulator({ port: 0, seed: SEED, rngSeed: 11 });
    try {
      await withEnv(emu.env(REGION), async () => {
        const { scanInput } = await loadWorkspace(FIXTURE);
        const clean = await scan({ ...scanInput });
        await emu.admin.setFaults({ timeoutRate: 0.3 });
        const out = await scan({ ...scanInput, scheduler: { timeoutMs: 300, baseDelayMs: 10, maxDelayMs: 50 } });
        assert.deepEqual(classification(out.report), classification(clean.report));
        assert.ok(out.stats.timeouts > 0);
      });
    } finally {
      await emu.stop();
    }
  });

  it('a resource whose calls keep failing is `error` with the reason, never drift, and the scan goes on', async () => {
    const emu = await startEmulator({ port: 0, seed: SEED, rngSeed: 5, faults: { errorRate: 1 } });
    try {
      await withEnv(emu.env(REGION), async () => {
        const { scanInput } = await loadWorkspace(FIXTURE);
        const out = await scan({ ...scanInput, scheduler: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 2 } });
        const checked = out.report.resources.filter((r) => r.status !== 'unsupported' && r.status !== 'not_in_state');
        for (const r of checked) {
          assert.equal(r.status, 'error', r.address);
          assert.deepEqual(r.differences, []);
        }
        assert.ok(checked.some((r) => /ServiceInternalError.*gave up after 2 attempts/.test(r.error ?? '')), JSON.stringify(checked.map((r) => r.error)));
        // No list succeeded, so nothing is called unmanaged, and the notes say why.
        assert.equal(out.report.summary.unmanaged, 0);
        assert.ok((out.report.notes ?? []).some((n) => n.includes('could not list')));
      });
    } finally {
      await emu.stop();
    }
  });
});

describe('partial scans (emulator over HTTP)', function () {
  this.timeout(30_000);

  it('`only` reads and reports just the chosen resources, and lists nothing', async () => {
    const emu = await startEmulator({ port: 0, seed: SEED, rngSeed: 4 });
    try {
      await withEnv(emu.env(REGION), async () => {
        const { scanInput } = await loadWorkspace(FIXTURE);
        const out = await scan({ ...scanInput, only: (i) => i.address === 'aws_s3_bucket.assets' });
        assert.deepEqual(out.report.resources.map((r) => [r.address, r.status]), [['aws_s3_bucket.assets', 'drifted']]);
        const ops = (await emu.admin.requests(100)).map((e) => `${e.operation} ${e.identifier ?? ''}`.trim());
        assert.deepEqual(ops, ['GetResource dl-assets']);
      });
    } finally {
      await emu.stop();
    }
  });
});

describe('endpoints from the provider block', function () {
  this.timeout(30_000);

  it('`endpoints { cloudcontrol = ... }` is used when no endpoint is set otherwise', async () => {
    const emu = await startEmulator({ port: 0, seed: SEED, rngSeed: 6 });
    const dir = mkdtempSync(join(tmpdir(), 'driftlog-scan-endpoint-'));
    try {
      writeFileSync(
        join(dir, 'main.tf'),
        `provider "aws" {\n  region = "us-east-1"\n  endpoints {\n    cloudcontrol = "${emu.url}"\n  }\n}\n\nresource "aws_s3_bucket" "logs" {\n  bucket = "dl-logs"\n}\n`,
      );
      const { AWS_ENDPOINT_URL_CLOUDCONTROL, ...rest } = emu.env(REGION);
      assert.ok(AWS_ENDPOINT_URL_CLOUDCONTROL);
      await withEnv(rest, async () => {
        delete process.env.AWS_ENDPOINT_URL_CLOUDCONTROL;
        delete process.env.AWS_ENDPOINT_URL;
        const { scanInput } = await loadWorkspace(dir);
        const out = await scan({ ...scanInput, skipUnmanaged: true });
        assert.deepEqual(out.report.resources.map((r) => [r.address, r.status]), [['aws_s3_bucket.logs', 'not_in_state']]);
        assert.equal((await emu.admin.counters()).byOperation.GetResource, 1);
      });
    } finally {
      await emu.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('scan cancellation and priorities (emulator over HTTP)', function () {
  this.timeout(60_000);
  let dir: string;
  let emu: Emulator;
  let g: ReturnType<typeof generateWorkspace>;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'driftlog-scan-cancel-'));
    g = generateWorkspace(dir, { count: 60, files: 3, types: 3, list: 'identifiers' });
    emu = await startEmulator({ port: 0, seed: g.seed, rngSeed: 9, faults: { latency: { kind: 'fixed', ms: 20 } } });
  });
  after(async () => {
    await emu.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => emu.admin.resetCounters());

  it('cancelling stops API calls at once: nothing is sent after the abort, and the scan rejects', async () => {
    await withEnv(emu.env(REGION), async () => {
      const { scanInput } = await loadWorkspace(dir);
      const ctrl = new AbortController();
      const scheduler = new RequestScheduler({ concurrency: 2, rate: 1000, burst: 10, signal: ctrl.signal });
      let callsAtAbort = -1;
      const run = scan({
        ...scanInput,
        sharedScheduler: scheduler,
        signal: ctrl.signal,
        onProgress: (p) => {
          if (p.done >= 6 && callsAtAbort < 0) {
            callsAtAbort = scheduler.stats.calls;
            ctrl.abort();
          }
        },
      });
      await assert.rejects(run, ScanCancelled);
      assert.ok(callsAtAbort > 0);
      assert.equal(scheduler.stats.calls, callsAtAbort, 'no call was issued after the abort');
      assert.equal(scheduler.queued, 0);
      // Calls in flight were aborted: they settle at once.
      assert.ok(await until(async () => scheduler.active === 0));
      // The emulator saw at most what was sent before the abort (requests in flight may or may not have arrived).
      assert.ok(await until(async () => (await emu.admin.counters()).total <= callsAtAbort));
      assert.ok(callsAtAbort < 63 / 2, `${callsAtAbort} calls of 63`);
    });
  });

  it('resources in open files are read first', async () => {
    await withEnv(emu.env(REGION), async () => {
      const { scanInput } = await loadWorkspace(dir);
      const open = join(dir, 'r2.tf');
      const out = await scan({ ...scanInput, openFiles: [open], useListProperties: false, scheduler: { concurrency: 1, rate: 1000, burst: 10 } });
      assert.equal(out.report.summary.in_sync, 60);
      const openIds = new Set(g.resources.filter((r) => r.file === open).map((r) => r.identifier));
      assert.equal(openIds.size, 20);
      // In the order the emulator received them (one at a time: concurrency 1), the open file's 20 come first.
      const entries = (await emu.admin.requests(1000)).filter((e) => e.operation === 'GetResource').sort((a, b) => a.time.localeCompare(b.time));
      assert.equal(entries.length, 60);
      const firstTwenty = entries.slice(0, 20).map((e) => e.identifier);
      assert.ok(firstTwenty.every((id) => openIds.has(id!)), JSON.stringify(firstTwenty));
    });
  });
});

describe('scan across provider aliases and regions (emulator over HTTP)', function () {
  this.timeout(60_000);

  it('reads each resource through its provider configuration, and lists each region for unmanaged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'driftlog-scan-regions-'));
    writeFileSync(
      join(dir, 'main.tf'),
      [
        'provider "aws" {\n  region = "us-east-1"\n}',
        'provider "aws" {\n  alias  = "west"\n  region = "us-west-2"\n}',
        'resource "aws_s3_bucket" "east" {\n  bucket = "east-bucket"\n}',
        'resource "aws_s3_bucket" "west" {\n  provider = aws.west\n  bucket   = "west-bucket"\n}',
      ].join('\n\n') + '\n',
    );
    const provider = (alias?: string) => `provider["registry.terraform.io/hashicorp/aws"]${alias ? '.' + alias : ''}`;
    writeFileSync(
      join(dir, 'terraform.tfstate'),
      JSON.stringify({
        version: 4,
        terraform_version: '1.7.5',
        serial: 1,
        lineage: 'regions',
        outputs: {},
        resources: [
          { mode: 'managed', type: 'aws_s3_bucket', name: 'east', provider: provider(), instances: [{ schema_version: 0, attributes: { id: 'east-bucket', bucket: 'east-bucket' }, sensitive_attributes: [] }] },
          { mode: 'managed', type: 'aws_s3_bucket', name: 'west', provider: provider('west'), instances: [{ schema_version: 0, attributes: { id: 'west-bucket', bucket: 'west-bucket' }, sensitive_attributes: [] }] },
        ],
      }),
    );
    const seed = {
      credentials: [{ accessKeyId: 'AKIDREGIONS000000001', secretAccessKey: 'regions-secret', account: '333333333333', principalArn: 'arn:aws:iam::333333333333:user/r' }],
      types: { 'AWS::S3::Bucket': { primaryIdentifier: ['/properties/BucketName'], list: 'full' as const } },
      resources: {
        '333333333333': {
          'us-east-1': { 'AWS::S3::Bucket': [{ BucketName: 'east-bucket' }] },
          'us-west-2': { 'AWS::S3::Bucket': [{ BucketName: 'west-bucket' }, { BucketName: 'west-stray' }] },
        },
      },
    };
    const emu = await startEmulator({ port: 0, seed, rngSeed: 2 });
    try {
      await withEnv(emu.env('us-east-1'), async () => {
        const { scanInput } = await loadWorkspace(dir);
        const out = await scan({ ...scanInput });
        const got = out.report.resources.map((r) => [r.address, r.status, r.region, r.account]);
        assert.deepEqual(got, [
          ['aws_s3_bucket.east', 'in_sync', 'us-east-1', '333333333333'],
          ['aws_s3_bucket.west', 'in_sync', 'us-west-2', '333333333333'],
          ['unmanaged:AWS::S3::Bucket:west-stray', 'unmanaged', 'us-west-2', '333333333333'],
        ]);
        const lists = (await emu.admin.requests(100)).filter((e) => e.operation === 'ListResources').map((e) => e.region).sort();
        assert.deepEqual(lists, ['us-east-1', 'us-west-2']);
      });
    } finally {
      await emu.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
