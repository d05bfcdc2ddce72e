// Language server benchmark (`node bench/run.mjs lsp`), through the bundled server over stdio, in one run:
//   - RSS of the server after indexing the generated 10,000-file corpus, against the RSS of the same server on
//     an empty workspace (the baseline);
//   - one edit to a 1,000-line file until its diagnostics are re-published and its symbols answered: p50/p95
//     over many edits, against @cdktf/hcl2json parsing the same text once (the baseline: what merely parsing
//     the file takes with HashiCorp's own parser);
//   - a documentSymbol request answered while the workspace is still being indexed (responsiveness).
// Options: --files N (default 10000), --edits N (default 200). Run `node esbuild.mjs server` first (npm run bench does).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as hcl2json } from '@cdktf/hcl2json';
import { generateTexts, writeCorpus } from './corpus';
import { TestClient, uri } from '../server/test/support/lspClient';

function rssMB(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

/** A file of at least `lines` lines: whole generated files put together (never cut inside a heredoc). */
function bigFile(lines: number): string {
  let text = '';
  let seed = 1;
  while (text.split('\n').length < lines) text += generateTexts(1, seed++, 8000)[0];
  return text;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { files: { type: 'string', default: '10000' }, edits: { type: 'string', default: '200' } } });
  const files = Number(values.files);
  const edits = Number(values.edits);
  const tmp = mkdtempSync(join(tmpdir(), 'driftlog-bench-lsp-'));
  try {
    // Baseline: the server on an empty workspace.
    const empty = join(tmp, 'empty');
    writeCorpus(empty, 0);
    const base = await TestClient.start({ root: empty, init: { trusted: false } });
    await base.waitIndexed();
    const baseRss = rssMB(base.proc.pid!);
    await base.stop();

    const corpus = join(tmp, 'corpus');
    const info = writeCorpus(corpus, files);
    const big = bigFile(1000);
    const bigPath = join(corpus, 'stack0000', 'big.tf');
    writeFileSync(bigPath, big);

    const t0 = performance.now();
    const client = await TestClient.start({ root: corpus, init: { trusted: false } });
    // Responsiveness: ask for the outline of one file while the walk is under way.
    await client.open(bigPath, big);
    const s0 = performance.now();
    const symbols = await client.documentSymbols(bigPath);
    const symbolsDuringIndexMs = performance.now() - s0;
    const status = await client.waitIndexed(600_000);
    const indexMs = performance.now() - t0;
    const rss = rssMB(client.proc.pid!);

    // Edits: alternate between inserting and removing one character inside a string on line 10.
    const line = big.split('\n').findIndex((l, i) => i > 5 && l.includes('"'));
    const col = big.split('\n')[line].indexOf('"') + 1;
    const lat: number[] = [];
    for (let i = 0; i < edits; i++) {
      const insert = i % 2 === 0;
      const range = insert
        ? { start: { line, character: col }, end: { line, character: col } }
        : { start: { line, character: col }, end: { line, character: col + 1 } };
      const published = new Promise<void>((resolve) => {
        const before = client.diagnostics.get(uri(bigPath));
        void client.waitFor('diagnostics after the edit', () => client.diagnostics.get(uri(bigPath)) !== before).then(() => resolve());
      });
      const e0 = performance.now();
      await client.change(bigPath, [{ range, text: insert ? 'x' : '' }]);
      await published;
      await client.documentSymbols(bigPath);
      lat.push(performance.now() - e0);
    }
    await client.stop();

    // Baseline for the edit: hcl2json parsing the same text (after a warm-up, so WASM start-up is not counted).
    await hcl2json('big.tf', big);
    const h: number[] = [];
    for (let i = 0; i < 20; i++) {
      const h0 = performance.now();
      await hcl2json('big.tf', big);
      h.push(performance.now() - h0);
    }
    const hcl = pct(h, 50);

    const rows: Array<[string, string, string]> = [
      ['corpus', `${info.files.length} files, ${(info.bytes / 1e6).toFixed(1)} MB`, ''],
      ['index the workspace (server, cold, no cache)', `${(indexMs / 1000).toFixed(2)} s`, `${status.indexed} files`],
      ['server RSS after indexing', `${rss.toFixed(0)} MB`, `baseline empty workspace ${baseRss.toFixed(0)} MB (x${(rss / baseRss).toFixed(1)}); goal < 300 MB`],
      ['outline while indexing', `${symbolsDuringIndexMs.toFixed(1)} ms`, `${symbols.length} symbols`],
      ['edit -> diagnostics + symbols, p50', `${pct(lat, 50).toFixed(2)} ms`, `hcl2json parse alone ${hcl.toFixed(2)} ms (x${(pct(lat, 50) / hcl).toFixed(2)})`],
      ['edit -> diagnostics + symbols, p95', `${pct(lat, 95).toFixed(2)} ms`, `x${(pct(lat, 95) / hcl).toFixed(2)} of hcl2json; goal < 20 ms`],
    ];
    const w = Math.max(...rows.map((r) => r[0].length));
    process.stdout.write(`edits: ${edits} on a ${big.split('\n').length - 1}-line file\n`);
    for (const [k, v, note] of rows) process.stdout.write(`${k.padEnd(w)}  ${v.padStart(14)}  ${note}\n`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
