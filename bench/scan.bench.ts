// Scan benchmark: the emulator with 50 ms latency and a 20 req/s rate limit (per account and region), 1,000
// resources of 10 types, all in code, state and AWS. In one run:
//   - serial:     GetResource per resource, one at a time (the AWS SDK's default retries);
//   - tf-like:    GetResource at parallelism 10, unaware of the limit (the SDK's standard retries with 25 attempts,
//                 as the Terraform AWS provider's max_retries default), and the same with the SDK's default 3;
//   - driftlog:   `scan()` as `driftlog scan` runs it (lists for unmanaged; full-property list entries stand in for
//                 GetResource where the type's list handler returns them);
//   - driftlog (GetResource per resource): the same scan with the list stand-in off.
// Figures: wall time, API calls the emulator received, throttled answers, resources that failed; the floor set by
// the rate limit (calls / rate) and the ratio of wall time to it. Goals: zero failed resources; wall time within
// 1.2x the floor.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CloudControlClient, GetResourceCommand } from '@aws-sdk/client-cloudcontrol';
import { startEmulator, type Emulator } from '../server/src/emulator';
import { scan } from '../server/src/engine/scan/scan';
import { loadWorkspace } from '../server/src/engine/scan/workspace';
import { generateWorkspace, REGION, type GeneratedResource } from '../test-fixtures/scan/generate';

const COUNT = Number(process.env.BENCH_SCAN_COUNT ?? 1000);
const RATE = 20;
const LATENCY_MS = 50;

interface Row {
  name: string;
  wallMs: number;
  calls: number;
  throttled: number;
  failed: number;
}

async function baseline(emu: Emulator, resources: GeneratedResource[], parallelism: number, maxAttempts: number): Promise<{ failed: number }> {
  const client = new CloudControlClient({
    region: REGION,
    endpoint: emu.url,
    credentials: { accessKeyId: emu.credentials.accessKeyId, secretAccessKey: emu.credentials.secretAccessKey },
    maxAttempts,
  });
  let next = 0;
  let failed = 0;
  const worker = async () => {
    while (next < resources.length) {
      const r = resources[next++];
      try {
        await client.send(new GetResourceCommand({ TypeName: r.cloudType, Identifier: r.identifier }));
      } catch {
        failed++;
      }
    }
  };
  await Promise.all(Array.from({ length: parallelism }, worker));
  client.destroy();
  return { failed };
}

async function measure(emu: Emulator, name: string, run: () => Promise<{ failed: number }>): Promise<Row> {
  await emu.admin.resetCounters();
  // A fresh server-side bucket for every run: the previous run's burst does not carry over.
  await emu.admin.setFaults({ latency: { kind: 'fixed', ms: LATENCY_MS }, rate: RATE });
  const t0 = performance.now();
  const { failed } = await run();
  const wallMs = performance.now() - t0;
  const c = await emu.admin.counters();
  return { name, wallMs, calls: c.total, throttled: (c.byOutcome['rate-limited'] ?? 0) + (c.byOutcome.throttled ?? 0), failed };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'driftlog-scan-bench-'));
  const g = generateWorkspace(dir, { count: COUNT, files: 10 });
  const emu = await startEmulator({ port: 0, seed: g.seed, rngSeed: 42, faults: { latency: { kind: 'fixed', ms: LATENCY_MS }, rate: RATE } });
  Object.assign(process.env, emu.env(REGION), { AWS_EC2_METADATA_DISABLED: 'true', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' });
  const types = new Set(g.resources.map((r) => r.cloudType)).size;
  console.log(`${COUNT} resources of ${types} types; emulator: ${LATENCY_MS} ms latency, ${RATE} req/s per account+region`);
  try {
    const { scanInput } = await loadWorkspace(dir);
    const rows: Row[] = [];
    const scanRun = (useListProperties: boolean) => async () => {
      const out = await scan({ ...scanInput, useListProperties, scheduler: { rate: RATE } });
      const bad = out.report.resources.filter((r) => r.status !== 'in_sync');
      if (bad.length) console.log(`  ${bad.length} not in sync, e.g. ${bad[0].address}: ${bad[0].status} ${bad[0].error ?? ''}`);
      // Every resource is in sync in AWS: anything else (an error, above all) is a failure.
      return { failed: bad.length + Math.abs(out.report.resources.length - COUNT) };
    };
    rows.push(await measure(emu, 'driftlog scan', scanRun(true)));
    rows.push(await measure(emu, 'driftlog scan, GetResource per resource', scanRun(false)));
    rows.push(await measure(emu, 'serial GetResource (SDK default retries)', () => baseline(emu, g.resources, 1, 3)));
    rows.push(await measure(emu, 'tf-like: parallelism 10, 25 attempts', () => baseline(emu, g.resources, 10, 25)));
    rows.push(await measure(emu, 'parallelism 10, SDK default 3 attempts', () => baseline(emu, g.resources, 10, 3)));

    const ours = rows[0];
    const w = Math.max(...rows.map((r) => r.name.length));
    console.log('');
    console.log(`${'run'.padEnd(w)}  ${'wall s'.padStart(7)}  ${'calls'.padStart(6)}  ${'throttled'.padStart(9)}  ${'failed'.padStart(6)}  ${'floor s'.padStart(7)}  ${'wall/floor'.padStart(10)}  ${'wall/ours'.padStart(9)}`);
    for (const r of rows) {
      const floor = r.calls / RATE;
      console.log(
        `${r.name.padEnd(w)}  ${(r.wallMs / 1000).toFixed(1).padStart(7)}  ${String(r.calls).padStart(6)}  ${String(r.throttled).padStart(9)}  ${String(r.failed).padStart(6)}  ${floor.toFixed(1).padStart(7)}  ${(r.wallMs / 1000 / floor).toFixed(2).padStart(10)}  ${(r.wallMs / ours.wallMs).toFixed(2).padStart(9)}`,
      );
    }
    const perResourceFloor = COUNT / RATE;
    console.log('');
    console.log(`floor of one GetResource per resource: ${COUNT} / ${RATE} = ${perResourceFloor.toFixed(1)} s`);
    const getRow = rows[1];
    const goals = [
      `zero failed resources (driftlog): ${rows[0].failed === 0 && rows[1].failed === 0 ? 'met' : 'NOT met'}`,
      `wall time within 1.2x the floor (GetResource per resource: ${(getRow.wallMs / 1000 / (getRow.calls / RATE)).toFixed(2)}x): ${getRow.wallMs / 1000 <= 1.2 * (getRow.calls / RATE) ? 'met' : 'NOT met'}`,
      `driftlog scan against the per-resource floor: ${(ours.wallMs / 1000 / perResourceFloor).toFixed(2)}x`,
    ];
    for (const line of goals) console.log(line);
  } finally {
    await emu.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
