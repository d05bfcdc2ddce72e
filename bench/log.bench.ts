// Audit log benchmark (issue 4): append p99 (git excluded), full verify of 100,000 events, incremental verify after
// one new batch; baseline: the same signature checks with one `ssh-keygen -Y verify` process per batch (and, for
// appends, one `ssh-keygen -Y sign` per batch), measured in this run.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { appendBatch, fileSigner, openLog, scanEvents, sshKeygenSigner, verify } from '../server/src/engine/log/index';
import type { Log, Signer } from '../server/src/engine/log/index';
import type { ResourceResult } from '../server/src/engine/scan/types';

const BATCHES = 1000;
const EVENTS_PER_BATCH = 100;
const APPENDS = 300;
const SSH_SAMPLE = 40;

function results(n: number, tag: string): ResourceResult[] {
  return Array.from({ length: n }, (_, i) => ({
    address: `module.m${i % 7}.aws_s3_bucket.b_${tag}_${i}`,
    type: 'aws_s3_bucket',
    file: `modules/m${i % 7}/main.tf`,
    range: { start: { line: i, character: 0 }, end: { line: i, character: 30 } },
    identifier: `bucket-${tag}-${i}`,
    region: 'eu-west-1',
    status: i % 5 === 0 ? 'drifted' : 'in_sync',
    differences: i % 5 === 0 ? [{ path: 'tags.Env', expected: 'dev', actual: 'prod', kind: 'changed', source: 'config' }] : [],
  }));
}

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(2)} ms`);

async function appendTimes(log: Log, signer: Signer, count: number, events: number): Promise<number[]> {
  const times: number[] = [];
  const evs = scanEvents(results(events, 'append'), { repoRoot: log.repoRoot });
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    await appendBatch(log, evs, { signer, author: { name: 'Bench', email: 'bench@example.com' }, git: { head: 'f'.repeat(40), branch: 'main' } });
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b);
}

async function main(): Promise<void> {
  const base = mkdtempSync(join(tmpdir(), 'driftlog-bench-log-'));
  try {
    const signer = await fileSigner({ dir: join(base, 'keys') });
    const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
    process.stdout.write(`machine: node ${process.version}, load average at start ${load()}; ${BATCHES} batches x ${EVENTS_PER_BATCH} events\n\n`);

    // 1. Append latency, git excluded (git facts passed in, as the long-lived server caches them).
    const appendDir = join(base, 'append');
    execFileSync('mkdir', ['-p', appendDir]);
    const alog = await openLog(appendDir, { create: true });
    await appendTimes(alog, signer, 20, EVENTS_PER_BATCH); // warm-up
    const cpu0 = process.cpuUsage();
    const times = await appendTimes(alog, signer, APPENDS, EVENTS_PER_BATCH);
    const cpu = process.cpuUsage(cpu0);
    const cpuPerAppend = (cpu.user + cpu.system) / 1000 / APPENDS;
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'bench', '-f', join(base, 'id_ed25519')]);
    const sshSigner = await sshKeygenSigner(join(base, 'id_ed25519'));
    const sshTimes = await appendTimes(alog, sshSigner, SSH_SAMPLE, EVENTS_PER_BATCH);
    process.stdout.write('append (one batch of 100 events, signed, temp file + rename; git excluded)\n');
    process.stdout.write(`  driftlog (node:crypto Ed25519), ${APPENDS} appends to a log of up to ${APPENDS + 20} batches: p50 ${fmt(pct(times, 50))}  p99 ${fmt(pct(times, 99))}  (goal p99 < 5 ms)\n`);
    process.stdout.write(`  CPU time of this process per append: ${fmt(cpuPerAppend)} (the rest is waiting for the disk and the scheduler)\n`);
    process.stdout.write(`  baseline (one ssh-keygen -Y sign per batch), ${SSH_SAMPLE} appends: p50 ${fmt(pct(sshTimes, 50))}  p99 ${fmt(pct(sshTimes, 99))}\n`);
    process.stdout.write(`  ratio p50 baseline/driftlog: ${(pct(sshTimes, 50) / pct(times, 50)).toFixed(1)}x\n\n`);

    // 2. A git repository with 100,000 events in 1,000 batches, committed in 10 commits.
    const repo = join(base, 'repo');
    execFileSync('mkdir', ['-p', repo]);
    const git = (...a: string[]) => execFileSync('git', a, { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 'bench@example.com');
    git('config', 'user.name', 'Bench');
    git('commit', '-q', '--allow-empty', '-m', 'initial');
    const log = await openLog(repo, { create: true });
    const t0 = performance.now();
    for (let i = 0; i < BATCHES; i++) {
      await appendBatch(log, scanEvents(results(EVENTS_PER_BATCH, `b${i}`), { repoRoot: repo }), {
        signer,
        author: { name: 'Bench', email: 'bench@example.com' },
        createdAt: new Date(Date.UTC(2026, i % 12, 1 + (i % 28), 0, 0, i % 60)),
      });
      if ((i + 1) % (BATCHES / 10) === 0) {
        git('add', '-A');
        git('commit', '-q', '-m', `batches up to ${i + 1}`);
      }
    }
    process.stdout.write(`(setup: ${BATCHES} batches written and committed in ${fmt(performance.now() - t0)})\n`);

    const statePath = join(base, 'verify-state.json');
    const fullRuns: number[] = [];
    let report = await verify(log, { statePath, saveState: false });
    for (let r = 0; r < 3; r++) {
      const s = performance.now();
      report = await verify(log, { statePath, saveState: r === 2 });
      fullRuns.push(performance.now() - s);
    }
    if (!report.ok || report.events !== BATCHES * EVENTS_PER_BATCH) throw new Error(`unexpected verify result: ${JSON.stringify(report.findings.slice(0, 3))}`);
    fullRuns.sort((a, b) => a - b);
    const full = fullRuns[1];

    // 3. Incremental verify after one new batch (committed).
    await appendBatch(log, scanEvents(results(EVENTS_PER_BATCH, 'new'), { repoRoot: repo }), { signer, author: { email: 'bench@example.com' } });
    git('add', '-A');
    git('commit', '-q', '-m', 'one more');
    const s = performance.now();
    const inc = await verify(log, { statePath, incremental: true });
    const incMs = performance.now() - s;
    if (!inc.ok || inc.checkedBatches !== 1) throw new Error(`incremental verify re-read ${inc.checkedBatches} batches`);

    // Baseline: one ssh-keygen -Y verify process per batch, on a sample, extrapolated.
    const files = execFileSync('git', ['ls-files', '.driftlog/batches'], { cwd: repo, encoding: 'utf8' })
      .split('\n')
      .filter((f) => f.endsWith('.jsonl'))
      .slice(0, SSH_SAMPLE);
    const b0 = performance.now();
    for (const f of files) {
      const r = spawnSync('ssh-keygen', ['-Y', 'verify', '-f', join(repo, '.driftlog/allowed_signers'), '-I', 'bench@example.com', '-n', 'driftlog', '-s', join(repo, f + '.sig')], {
        input: readFileSync(join(repo, f)),
      });
      if (r.status !== 0) throw new Error(`ssh-keygen rejected ${f}: ${r.stderr}`);
    }
    const perBatch = (performance.now() - b0) / files.length;
    const baselineFull = perBatch * (BATCHES + 1);

    process.stdout.write(`\nverify (${report.batches} batches, ${report.events} events, git history and signer-at-commit checks included)\n`);
    process.stdout.write(`  full verify, median of 3: ${fmt(full)}  (goal < 2 s)\n`);
    process.stdout.write(`  incremental verify after one new batch: ${fmt(incMs)}  (goal < 100 ms)\n`);
    process.stdout.write(
      `  baseline: ssh-keygen -Y verify per batch: ${fmt(perBatch)} per batch measured on ${files.length} batches, ` +
        `extrapolated to ${BATCHES + 1} batches: ${fmt(baselineFull)} (signatures only)\n`,
    );
    process.stdout.write(`  load average at end: ${load()} (2 cores; figures are wall-clock)\n`);
    process.stdout.write(`  ratio baseline/full verify: ${(baselineFull / full).toFixed(1)}x; baseline for one batch / incremental: ${(perBatch / incMs).toFixed(2)}x\n`);
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(String(e?.stack ?? e) + '\n');
  process.exitCode = 1;
});
