import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { listBatchFiles, openLog, verify } from '../src/engine/log/index';
import { makeRepo } from '../../test-fixtures/log/helpers';

const ROOT = resolve(__dirname, '../..');
const LOOP = join(ROOT, 'test-fixtures/log/append-loop.ts');

function startAppender(repo: string, keyDir: string, count: number, tag: string): { child: ChildProcess; lines: string[]; exit: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', LOOP, repo, keyDir, String(count), tag], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let buf = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => {
    buf += d.toString();
    const parts = buf.split('\n');
    buf = parts.pop()!;
    lines.push(...parts);
    child.emit('line');
  });
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exit = new Promise<number | null>((res) =>
    child.on('exit', (code) => {
      if (code !== 0 && code !== null) process.stderr.write(err);
      res(code);
    }),
  );
  return { child, lines, exit };
}

function waitForLines(p: { child: ChildProcess; lines: string[] }, n: number, deadlineMs: number): Promise<void> {
  return new Promise((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`only ${p.lines.length} appends within ${deadlineMs} ms`)), deadlineMs);
    const check = () => {
      if (p.lines.length >= n) {
        clearTimeout(timer);
        p.child.off('line', check);
        res();
      }
    };
    p.child.on('line', check);
    check();
  });
}

describe('log: concurrent writers and crashes', function () {
  this.timeout(60000);

  it('two processes appending at once lose nothing, and the log verifies', async () => {
    const repo = makeRepo();
    try {
      // Both also race to create the signing key on first use.
      const a = startAppender(repo.dir, repo.keyDir, 12, 'a');
      const b = startAppender(repo.dir, repo.keyDir, 12, 'b');
      assert.deepEqual(await Promise.all([a.exit, b.exit]), [0, 0]);
      const written = [...a.lines, ...b.lines].map((l) => l.replace('appended ', ''));
      assert.equal(written.length, 24);
      const log = await openLog(repo.dir);
      const names = (await listBatchFiles(log)).batches.map((f) => f.name);
      for (const h of written) assert.ok(names.includes(h), `batch ${h} is on disk`);
      assert.equal(names.length, 24);
      const report = await verify(log, { statePath: join(repo.keyDir, 'state.json') });
      assert.deepEqual(report.findings, []);
      assert.equal(report.events, 24 * 200);
    } finally {
      repo.cleanup();
    }
  });

  it('kill -9 in the middle of appends leaves a log that verifies, and appending goes on', async () => {
    const repo = makeRepo();
    try {
      let total = 0;
      for (let round = 0; round < 3; round++) {
        const p = startAppender(repo.dir, repo.keyDir, 0, `r${round}`);
        await waitForLines(p, 2, 30000);
        p.child.kill('SIGKILL');
        assert.equal(await p.exit, null, 'killed by a signal');
        total += p.lines.length;
      }
      const log = await openLog(repo.dir);
      const report = await verify(log, { statePath: join(repo.keyDir, 'state.json') });
      assert.deepEqual(report.findings, []);
      assert.ok(report.batches >= total, `${report.batches} batches on disk, ${total} reported written`);
      const after = startAppender(repo.dir, repo.keyDir, 1, 'after');
      assert.equal(await after.exit, 0);
      repo.commitAll('log after crashes');
      const again = await verify(log, { statePath: join(repo.keyDir, 'state.json') });
      assert.deepEqual(again.findings, []);
      const tracked = repo.git('ls-files', '.driftlog').split('\n');
      assert.ok(!tracked.some((f) => f.includes('.tmp-')), 'temp files are ignored by git');
    } finally {
      repo.cleanup();
    }
  });
});
