// Index benchmark (`node bench/run.mjs index`). On a generated corpus (10,000 files, about 40 MB, written to a
// temp dir), in one run:
//   - cold index (walk, read, hash, parse, no cache) in a fresh process, on one core: MB/s;
//   - @cdktf/hcl2json (HashiCorp's parser in WASM) on a sample of the same files, and our parser on the very same
//     sample: the ratio;
//   - warm re-open of the whole workspace from the parse cache, in a fresh process: time and files parsed;
//   - RSS after indexing (after a GC), in each fresh process, against the same process on an empty workspace.
// The fresh processes run this file bundled by esbuild (as the product ships), not under tsx.
// Options: --files N (default 10000), --sample N (files given to hcl2json, default 1000), --keep (keep the corpus).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSync } from 'esbuild';
import { writeCorpus } from './corpus';
import { parse } from '../server/src/engine/hcl/parse';
import { WorkspaceIndex } from '../server/src/engine/index/workspace';

interface ChildResult {
  ms: number;
  files: number;
  parsed: number;
  cached: number;
  bytes: number;
  rssMB: number;
  heapMB: number;
  rssAfterModulesMB: number;
  heapAfterModulesMB: number;
  symbols: number;
  resources: number;
}

async function child(dir: string, cacheDir: string): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
  // WeakRef targets live until the end of the current task: measure memory in a later task, after a GC.
  const settle = async (): Promise<NodeJS.MemoryUsage> => {
    await new Promise<void>((r) => setImmediate(r));
    gc();
    await new Promise<void>((r) => setImmediate(r));
    gc();
    return process.memoryUsage();
  };
  const idx = new WorkspaceIndex({ cacheDir });
  const t0 = performance.now();
  const stats = await idx.open([dir]);
  const ms = performance.now() - t0;
  const symbols = idx.symbols().length;
  const mem = await settle();
  // Then every module once (every body materialised), as a full scan would; measured after it is done.
  let resources = 0;
  for (const d of idx.moduleDirs()) resources += idx.module(d)?.resources.length ?? 0;
  const after = await settle();
  const r: ChildResult = {
    ms,
    files: stats.files,
    parsed: stats.parsed,
    cached: stats.cached,
    bytes: stats.bytes,
    rssMB: mem.rss / 1048576,
    heapMB: mem.heapUsed / 1048576,
    rssAfterModulesMB: after.rss / 1048576,
    heapAfterModulesMB: after.heapUsed / 1048576,
    symbols,
    resources,
  };
  process.stdout.write(JSON.stringify(r) + '\n');
}

/**
 * The measured processes run this file bundled by esbuild, as the product ships (the extension, server and CLI
 * are bundles): under tsx's loader the same open measured up to 2x slower.
 */
function bundleSelf(outDir: string): string {
  const outfile = join(outDir, 'index-bench-child.js');
  buildSync({
    entryPoints: [__filename],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    mainFields: ['module', 'main'],
    external: ['@cdktf/hcl2json'],
    outfile,
    logLevel: 'error',
  });
  return outfile;
}

let childScript = '';

function runChild(dir: string, cacheDir: string): ChildResult {
  const r = spawnSync(process.execPath, ['--expose-gc', childScript, '--child', dir, '--cache', cacheDir], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (r.status !== 0) throw new Error(`child failed: ${r.stderr}`);
  const line = r.stdout.trim().split('\n').pop()!;
  return JSON.parse(line) as ChildResult;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      child: { type: 'string' },
      cache: { type: 'string' },
      files: { type: 'string', default: '10000' },
      sample: { type: 'string', default: '1000' },
      keep: { type: 'boolean', default: false },
    },
  });
  if (values.child) return child(values.child, values.cache!);

  const count = Number(values.files);
  const sampleCount = Math.min(count, Number(values.sample));
  const root = mkdtempSync(join(tmpdir(), 'driftlog-bench-'));
  const dir = join(root, 'ws');
  const cacheDir = join(root, 'cache');
  try {
    const tg = performance.now();
    const corpus = writeCorpus(dir, count);
    const genMs = performance.now() - tg;
    const mb = corpus.bytes / 1e6;
    process.stdout.write(`corpus: ${corpus.files.length} .tf files, ${mb.toFixed(1)} MB (generated in ${(genMs / 1000).toFixed(1)} s) in ${dir}\n`);

    childScript = bundleSelf(root);
    const emptyDir = join(root, 'empty');
    mkdirSync(emptyDir);
    const empty = runChild(emptyDir, join(root, 'cache-empty'));
    const cold = runChild(dir, cacheDir);
    const warm = runChild(dir, cacheDir);

    // Baseline: hcl2json and our parser on the same sample (every k-th file).
    const step = Math.max(1, Math.floor(corpus.files.length / sampleCount));
    const sample = corpus.files.filter((_, i) => i % step === 0).slice(0, sampleCount).map((f) => readFileSync(f, 'utf8'));
    const sampleMB = sample.reduce((a, t) => a + Buffer.byteLength(t), 0) / 1e6;
    // Our parser first (three passes: the first includes JIT warm-up), then hcl2json, in this process.
    const passes: number[] = [];
    for (let k = 0; k < 3; k++) {
      const t = performance.now();
      let errors = 0;
      for (const text of sample) errors += parse(text).errors.length;
      passes.push((performance.now() - t) / 1000);
      if (errors > 0) throw new Error(`our parser reported ${errors} errors on the valid corpus`);
    }
    const oursS = passes[0];
    const oursBestS = Math.min(...passes);
    const { parse: hcl2json } = await import('@cdktf/hcl2json');
    await hcl2json('warmup.tf', 'a = 1\n');
    const t = performance.now();
    for (let i = 0; i < sample.length; i++) await hcl2json(`f${i}.tf`, sample[i]);
    const h2jS = (performance.now() - t) / 1000;

    const coldMBs = cold.bytes / 1e6 / (cold.ms / 1000);
    const h2jMBs = sampleMB / h2jS;
    const oursMBs = sampleMB / oursS;
    const rows: [string, string, string][] = [
      ['cold index, 1 core (walk+read+hash+parse+cache write)', `${(cold.ms / 1000).toFixed(2)} s, ${coldMBs.toFixed(1)} MB/s`, 'goal >= 20 MB/s'],
      [`hcl2json parse, ${sample.length}-file sample (${sampleMB.toFixed(1)} MB)`, `${h2jS.toFixed(2)} s, ${h2jMBs.toFixed(2)} MB/s`, 'baseline'],
      ['our parser, same sample, first pass', `${oursS.toFixed(3)} s, ${oursMBs.toFixed(1)} MB/s`, `${(oursMBs / h2jMBs).toFixed(0)}x hcl2json`],
      ['our parser, same sample, best of 3', `${oursBestS.toFixed(3)} s, ${(sampleMB / oursBestS).toFixed(1)} MB/s`, `${(sampleMB / oursBestS / h2jMBs).toFixed(0)}x hcl2json`],
      ['cold index vs hcl2json', `${(coldMBs / h2jMBs).toFixed(0)}x`, 'goal >= 10x'],
      ['warm re-open from cache', `${(warm.ms / 1000).toFixed(2)} s, ${warm.parsed} files parsed, ${warm.cached} from cache`, 'goal < 1 s'],
      ['RSS of the same process on an empty workspace', `${empty.rssMB.toFixed(0)} MB (heap ${empty.heapMB.toFixed(0)} MB)`, 'baseline'],
      ['RSS after cold index (after GC)', `${cold.rssMB.toFixed(0)} MB (heap ${cold.heapMB.toFixed(0)} MB)`, `goal < 300 MB; +${(cold.rssMB - empty.rssMB).toFixed(0)} MB over the baseline`],
      ['RSS after warm re-open (after GC)', `${warm.rssMB.toFixed(0)} MB (heap ${warm.heapMB.toFixed(0)} MB)`, `goal < 300 MB; +${(warm.rssMB - empty.rssMB).toFixed(0)} MB over the baseline`],
      ['RSS after building every module once (after GC)', `${warm.rssAfterModulesMB.toFixed(0)} MB (heap ${warm.heapAfterModulesMB.toFixed(0)} MB)`, 'bodies materialised on demand'],
      ['symbols (outline, no parse) / resources', `${warm.symbols} / ${warm.resources} (cold: ${cold.resources})`, ''],
    ];
    const w0 = Math.max(...rows.map((r) => r[0].length));
    const w1 = Math.max(...rows.map((r) => r[1].length));
    process.stdout.write(`\n| ${'measure'.padEnd(w0)} | ${'result'.padEnd(w1)} | note |\n| ${'-'.repeat(w0)} | ${'-'.repeat(w1)} | --- |\n`);
    for (const r of rows) process.stdout.write(`| ${r[0].padEnd(w0)} | ${r[1].padEnd(w1)} | ${r[2]} |\n`);
    if (warm.parsed !== 0) process.stdout.write(`\nWARNING: the warm re-open parsed ${warm.parsed} files\n`);
  } finally {
    if (!values.keep) rmSync(root, { recursive: true, force: true });
  }
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
