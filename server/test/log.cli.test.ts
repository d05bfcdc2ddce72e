import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { appendBatch, fileSigner, listBatchFiles, openLog, scanEvents } from '../src/engine/log/index';
import { drifted, makeRepo, result } from '../../test-fixtures/log/helpers';
import type { TempRepo } from '../../test-fixtures/log/helpers';

const ROOT = resolve(__dirname, '../..');

function cli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((res) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'server/src/cli.ts'), ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => res({ code, stdout, stderr }));
  });
}

describe('log: driftlog log CLI', function () {
  this.timeout(60000);
  let repo: TempRepo;
  let env: NodeJS.ProcessEnv;
  const hashes: string[] = [];

  before(async () => {
    repo = makeRepo();
    env = { XDG_CONFIG_HOME: join(repo.keyDir, 'config'), XDG_CACHE_HOME: join(repo.keyDir, 'cache') };
    const log = await openLog(repo.dir, { create: true });
    const signer = await fileSigner({ dir: join(repo.keyDir, 'config', 'driftlog') });
    const days = ['2026-10-01T10:00:00Z', '2026-11-02T10:00:00Z', '2026-11-20T10:00:00Z'];
    for (const [i, day] of days.entries()) {
      const r = await appendBatch(
        log,
        scanEvents([drifted('aws_s3_bucket.logs', 'tags.Env', 'dev', `prod${i}`), result('module.net.aws_vpc.main', 'in_sync')], { repoRoot: repo.dir }),
        { signer, author: { name: 'Alice', email: 'alice@example.com' }, createdAt: new Date(day) },
      );
      hashes.push(r.hash);
    }
    repo.commitAll('log');
  });
  after(() => repo.cleanup());

  it('verify: exit 0 and "valid" on an intact log, with --json too', async () => {
    const r = await cli(['log', 'verify', repo.dir], env);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /3 batches, 6 events/);
    assert.match(r.stdout, /valid: no findings/);
    const j = await cli(['log', 'verify', repo.dir, '--json'], env);
    assert.equal(j.code, 0);
    assert.equal(JSON.parse(j.stdout).ok, true);
  });

  it('show: history of one resource since a date, text and JSON', async () => {
    const r = await cli(['log', 'show', repo.dir, '--resource', 'aws_s3_bucket.logs', '--since', '2026-11-01'], env);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /Alice <alice@example.com>  scan aws_s3_bucket.logs  drifted/);
    assert.match(r.stdout, /tags.Env: "dev" -> "prod1"/);
    assert.doesNotMatch(r.stdout, /prod0/, 'the October entry is before --since');
    assert.doesNotMatch(r.stdout, /aws_vpc/);
    const j = JSON.parse((await cli(['log', 'show', repo.dir, '--resource', 'module.net', '--json'], env)).stdout);
    assert.equal(j.entries.length, 3);
    const bad = await cli(['log', 'show', repo.dir, '--since', 'last tuesday'], env);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /is not a date/);
  });

  it('checkpoint then prove: an inclusion proof that verifies', async () => {
    const c = await cli(['log', 'checkpoint', repo.dir], env);
    assert.equal(c.code, 0, c.stderr);
    assert.match(c.stdout, /wrote .driftlog\/checkpoints\/0000000003-[0-9a-f]{16}\.checkpoint: 3 batches/);
    const again = await cli(['log', 'checkpoint', repo.dir], env);
    assert.match(again.stdout, /nothing new since/);
    const p = await cli(['log', 'prove', hashes[1], repo.dir, '--json'], env);
    assert.equal(p.code, 0, p.stderr);
    const proof = JSON.parse(p.stdout);
    assert.equal(proof.treeSize, 3);
    assert.equal(proof.verified, true);
    assert.ok(proof.proof.length >= 1);
    const v = await cli(['log', 'verify', repo.dir], env);
    assert.equal(v.code, 0, v.stdout);
    assert.match(v.stdout, /3 batches, 6 events, 1 checkpoint;/);
  });

  it('verify: exit 1 with every finding listed by kind', async () => {
    const log = await openLog(repo.dir);
    const { batches } = await listBatchFiles(log);
    const target = batches[0].path;
    const original = readFileSync(target);
    const tampered = Buffer.from(original);
    tampered[20] ^= 0x20;
    writeFileSync(target, tampered);
    try {
      const r = await cli(['log', 'verify', repo.dir], env);
      assert.equal(r.code, 1);
      assert.match(r.stdout, /finding/);
      assert.match(r.stdout, /\n {2}modified +\.driftlog\/batches\//);
      const j = await cli(['log', 'verify', repo.dir, '--json'], env);
      assert.equal(j.code, 1);
      const report = JSON.parse(j.stdout);
      assert.ok(report.findings.some((f: { kind: string }) => f.kind === 'modified'));
    } finally {
      writeFileSync(target, original);
    }
  });

  it('an error (no .driftlog) is exit 1 and says it is an error, not a finding', async () => {
    const empty = makeRepo();
    try {
      const r = await cli(['log', 'verify', empty.dir], env);
      assert.equal(r.code, 1);
      assert.match(r.stderr, /error: no audit log here/);
      assert.match(r.stderr, /not a finding/);
      assert.equal(r.stdout, '');
      const u = await cli(['log', 'verify', '--frobnicate'], env);
      assert.equal(u.code, 1);
      assert.match(u.stderr, /unknown option --frobnicate/);
    } finally {
      empty.cleanup();
    }
  });
});
