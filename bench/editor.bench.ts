// Editor benchmark (`node bench/run.mjs editor`), through the bundled language server over stdio against the
// emulator, in one run:
//   - from scan results to published diagnostics for 1,000 resources (the last resource compared -> the last
//     publishDiagnostics), against the scan's own wall time;
//   - hover p50/p95 with warm caches (git blame, CloudTrail, audit log), against a documentSymbol round trip on
//     the same connection (the baseline: what any request costs);
//   - code action list p50/p95 on drift diagnostics, against the same baseline.
// Run `node esbuild.mjs server` first (npm run bench does).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { startEmulator } from '../server/src/emulator';
import { ScanRequest } from '../server/src/protocol';
import { TestClient, uri } from '../server/test/support/lspClient';
import { generateWorkspace, REGION } from '../test-fixtures/scan/generate';

const COUNT = 1000;
const DRIFTED = 10;

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

async function timed<T>(f: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const v = await f();
  return [v, performance.now() - t0];
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'driftlog-editor-bench-'));
  const home = mkdtempSync(join(tmpdir(), 'driftlog-editor-home-'));
  const g = generateWorkspace(dir, { count: COUNT, files: 10 });
  // r0.tf holds the S3 buckets (every tenth resource): give them a tag, in code and live.
  const r0 = join(dir, 'r0.tf');
  writeFileSync(r0, readFileSync(r0, 'utf8').replace(/(bucket = "[^"]+"\n)/g, '$1  tags = {\n    Env = "prod"\n  }\n'));
  const buckets = (g.seed.resources as Record<string, Record<string, Record<string, Array<Record<string, unknown>>>>>)[Object.keys(g.seed.resources)[0]][REGION]['AWS::S3::Bucket'];
  for (const b of buckets) b.Tags = [{ Key: 'Env', Value: 'prod' }];
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  git('-c', 'user.name=Bench', '-c', 'user.email=bench@example.com', 'add', '.');
  git('-c', 'user.name=Bench', '-c', 'user.email=bench@example.com', 'commit', '-qm', 'generated stack');

  const emu = await startEmulator({ port: 0, seed: g.seed });
  // Someone changes ten buckets' tag in the console: CloudTrail has their names.
  for (const b of buckets.slice(0, DRIFTED)) {
    await emu.admin.updateResource({ type: 'AWS::S3::Bucket', identifier: String(b.BucketName), properties: { ...b, Tags: [{ Key: 'Env', Value: 'dev' }] }, principal: 'alice' });
  }
  const client = await TestClient.start({
    root: dir,
    init: { trusted: true },
    env: { ...process.env, ...emu.env(REGION), XDG_CONFIG_HOME: home, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    settings: () => ({ scan: { enabled: false, rate: 1000, concurrency: 32 } }),
  });
  try {
    await client.waitIndexed(120_000);
    const text = readFileSync(r0, 'utf8');
    await client.open(r0, text);

    // 1. Results -> diagnostics.
    const publishedAt = new Map<string, number>();
    const files = new Set(g.resources.map((r) => uri(r.file)));
    const [, scanMs] = await timed(async () => {
      const p = client.conn.sendRequest(ScanRequest, { scope: { kind: 'workspace' } });
      await client.waitFor('the last resource compared', () => client.scanStatuses.some((s) => s.state === 'scanning' && s.total > 0 && s.done === s.total), 300_000);
      const resultsAt = performance.now();
      const before = new Map(client.diagnostics);
      await client.waitFor('diagnostics of the drifted file', () => {
        for (const [u, d] of client.diagnostics) if (!publishedAt.has(u) && before.get(u) !== d) publishedAt.set(u, performance.now());
        return client.diagnostics.get(uri(r0))?.some((d) => d.code === 'drift/changed');
      }, 300_000);
      const r = await p;
      publishedAt.set('results', resultsAt);
      return r;
    });
    const resultsToPublished = Math.max(...[...publishedAt.entries()].filter(([k]) => k !== 'results').map(([, t]) => t)) - publishedAt.get('results')!;
    const drifts = (client.diagnostics.get(uri(r0)) ?? []).filter((d) => d.code === 'drift/changed');

    // 2. Hover with warm caches: rounds until every source has answered (CloudTrail is paced at 2/s), then measure.
    const lines = text.split('\n');
    const headers = lines.flatMap((l, i) => (l.startsWith('resource "aws_s3_bucket"') ? [i] : [])).slice(0, 2 * DRIFTED);
    for (let round = 0; round < 8; round++) {
      const slow = (await Promise.all(headers.map(async (line) => (await timed(() => client.hover(r0, { line, character: 12 })))[1]))).filter((ms) => ms > 500);
      if (slow.length === 0) break;
    }
    const hover: number[] = [];
    for (let i = 0; i < 5; i++) for (const line of headers) hover.push((await timed(() => client.hover(r0, { line, character: 12 })))[1]);

    // 3. Code actions on drift diagnostics.
    const actions: number[] = [];
    for (let i = 0; i < 10; i++) for (const d of drifts) actions.push((await timed(() => client.codeActions(r0, d.range, [d as Diagnostic])))[1]);

    // Baseline: a documentSymbol round trip on the same file.
    const base: number[] = [];
    for (let i = 0; i < 100; i++) base.push((await timed(() => client.documentSymbols(r0)))[1]);
    const b95 = pct(base, 95);

    const rows: Array<[string, string, string]> = [
      ['workspace', `${COUNT} resources, ${files.size} files`, `${drifts.length} drifted attributes in r0.tf`],
      ['scan (emulator, no latency)', `${(scanMs / 1000).toFixed(2)} s`, ''],
      ['scan results -> diagnostics published', `${resultsToPublished.toFixed(1)} ms`, `x${(resultsToPublished / scanMs).toFixed(3)} of the scan`],
      ['documentSymbol round trip p50 / p95 (baseline)', `${pct(base, 50).toFixed(2)} / ${b95.toFixed(2)} ms`, ''],
      ['hover, warm, p50 / p95', `${pct(hover, 50).toFixed(2)} / ${pct(hover, 95).toFixed(2)} ms`, `x${(pct(hover, 95) / b95).toFixed(1)} of baseline p95; goal p95 < 50 ms`],
      ['code action list p50 / p95', `${pct(actions, 50).toFixed(2)} / ${pct(actions, 95).toFixed(2)} ms`, `x${(pct(actions, 95) / b95).toFixed(1)} of baseline p95; goal p95 < 50 ms`],
    ];
    const w = Math.max(...rows.map((r) => r[0].length));
    for (const [k, v, note] of rows) process.stdout.write(`${k.padEnd(w)}  ${v.padStart(22)}  ${note}\n`);
  } finally {
    await client.stop();
    await emu.stop();
    rmSync(dir, { recursive: true, force: true });
    rmSync(home, { recursive: true, force: true });
  }
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
