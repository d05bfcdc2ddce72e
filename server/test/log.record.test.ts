import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openLog, recordScan, show, verify } from '../src/engine/log/index';
import { drifted, makeRepo, result } from '../../test-fixtures/log/helpers';

describe('log: recording a scan from a shell (recordScan)', function () {
  this.timeout(30000);

  it('signs with the Driftlog key, stages the batch, and the result verifies with ssh-keygen too', async () => {
    const repo = makeRepo();
    try {
      const report = [drifted('aws_s3_bucket.b', 'tags.Env', 'dev', 'prod'), { ...result('aws_vpc.v', 'in_sync'), file: join(repo.dir, 'net', 'main.tf') }];
      const r = await recordScan(join(repo.dir), report, { keyDir: repo.keyDir, stage: true });
      const staged = repo.git('diff', '--cached', '--name-only').split('\n');
      assert.ok(staged.includes(r.rel) && staged.includes(`${r.rel}.sig`) && staged.includes('.driftlog/allowed_signers'), staged.join(' '));
      const header = JSON.parse(readFileSync(r.path, 'utf8').split('\n')[0]);
      assert.equal(header.author.email, 'alice@example.com');
      assert.equal(header.author.name, 'Alice');
      assert.equal(header.git.branch, 'main');
      assert.match(header.git.head, /^[0-9a-f]{40}$/);
      const { entries } = await show(await openLog(repo.dir), { resource: 'aws_vpc.v' });
      assert.equal(entries[0].event.file, 'net/main.tf', 'files are recorded relative to the repository');
      const v = spawnSync(
        'ssh-keygen',
        ['-Y', 'verify', '-f', join(repo.dir, '.driftlog/allowed_signers'), '-I', 'alice@example.com', '-n', 'driftlog', '-s', `${r.path}.sig`],
        { input: readFileSync(r.path) },
      );
      assert.equal(v.status, 0, v.stderr.toString());
    } finally {
      repo.cleanup();
    }
  });

  it("signs with git's user.signingkey through ssh-keygen when asked", async () => {
    const repo = makeRepo();
    try {
      const key = join(repo.keyDir, 'id_ed25519');
      execFileSync('mkdir', ['-p', repo.keyDir]);
      execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'alice', '-f', key]);
      repo.git('config', 'gpg.format', 'ssh');
      repo.git('config', 'user.signingkey', key);
      const r = await recordScan(repo.dir, [result('aws_vpc.v', 'in_sync')], { signWith: 'git' });
      const fingerprint = execFileSync('ssh-keygen', ['-l', '-f', `${key}.pub`], { encoding: 'utf8' }).split(' ')[1];
      assert.equal(JSON.parse(readFileSync(r.path, 'utf8').split('\n')[0]).author.key, fingerprint);
      repo.commitAll('scan');
      const report = await verify(await openLog(repo.dir), { statePath: join(repo.keyDir, 'state.json') });
      assert.deepEqual(report.findings, []);
    } finally {
      repo.cleanup();
    }
  });

  it('without a git identity: a clear error and nothing written', async () => {
    const repo = makeRepo({ git: false });
    const saved = { global: process.env.GIT_CONFIG_GLOBAL, system: process.env.GIT_CONFIG_NOSYSTEM };
    process.env.GIT_CONFIG_GLOBAL = '/dev/null'; // no identity from the machine's own git config
    process.env.GIT_CONFIG_NOSYSTEM = '1';
    try {
      await assert.rejects(recordScan(repo.dir, [result('aws_vpc.v', 'in_sync')], { keyDir: repo.keyDir }), /set `git config user.email`/);
      assert.ok(!existsSync(join(repo.dir, '.driftlog')));
    } finally {
      for (const [k, v] of [['GIT_CONFIG_GLOBAL', saved.global], ['GIT_CONFIG_NOSYSTEM', saved.system]] as const) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
      repo.cleanup();
    }
  });
});
