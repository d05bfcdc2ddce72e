import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appendBatch, fileSigner, openLog, scanEvents, verify } from '../src/engine/log/index';
import type { Signer } from '../src/engine/log/index';
import { drifted, makeRepo, result } from '../../test-fixtures/log/helpers';

describe('log: branches and merges', function () {
  this.timeout(30000);

  it('two branches each scan and append; git merge has no conflict; verify passes; the next batch lists both heads', async () => {
    const repo = makeRepo();
    try {
      const alice = await fileSigner({ dir: join(repo.keyDir, 'alice') });
      const bob = await fileSigner({ dir: join(repo.keyDir, 'bob') });
      const carol = await fileSigner({ dir: join(repo.keyDir, 'carol') });
      const append = async (signer: Signer, email: string, address: string) => {
        const log = await openLog(repo.dir, { create: true });
        return appendBatch(log, scanEvents([drifted(address, 'tags.Env', 'dev', 'prod'), result('aws_vpc.main', 'in_sync')], { repoRoot: repo.dir }), {
          signer,
          author: { email },
          git: { branch: repo.git('branch', '--show-current').trim() },
        });
      };
      const base = await append(alice, 'alice@example.com', 'aws_s3_bucket.base');
      repo.commitAll('first scan');

      repo.git('checkout', '-q', '-b', 'feature-a');
      const a = await append(carol, 'carol@example.com', 'aws_s3_bucket.a'); // both branches add a signer
      repo.commitAll('scan on feature-a');
      assert.deepEqual(a.parents, [base.hash]);

      repo.git('checkout', '-q', 'main');
      repo.git('checkout', '-q', '-b', 'feature-b');
      const b = await append(bob, 'bob@example.com', 'aws_s3_bucket.b'); // a second signer: allowed_signers changes too
      repo.commitAll('scan on feature-b');
      assert.deepEqual(b.parents, [base.hash]);

      repo.git('checkout', '-q', 'feature-a');
      const merge = repo.git('merge', '--no-edit', 'feature-b');
      assert.doesNotMatch(merge, /CONFLICT/);
      assert.equal(repo.git('diff', '--name-only', '--diff-filter=U').trim(), '', 'no unmerged paths');
      const signers = readFileSync(join(repo.dir, '.driftlog', 'allowed_signers'), 'utf8');
      assert.match(signers, /alice@example.com/);
      assert.match(signers, /bob@example.com/);
      assert.match(signers, /carol@example.com/);

      const log = await openLog(repo.dir);
      const report = await verify(log, { statePath: join(repo.keyDir, 'state.json') });
      assert.deepEqual(report.findings, []);
      assert.equal(report.batches, 3);

      const next = await append(alice, 'alice@example.com', 'aws_s3_bucket.after');
      assert.deepEqual(next.parents, [a.hash, b.hash].sort());
      repo.commitAll('scan after merge');
      assert.ok((await verify(log, { statePath: join(repo.keyDir, 'state.json') })).ok);
    } finally {
      repo.cleanup();
    }
  });

  it('switching between branches is not a history rewrite; rewriting a verified branch is', async () => {
    const repo = makeRepo();
    try {
      const signer = await fileSigner({ dir: repo.keyDir });
      const statePath = join(repo.keyDir, 'state.json');
      const log = await openLog(repo.dir, { create: true });
      const append = (address: string) =>
        appendBatch(log, scanEvents([result(address, 'in_sync')], { repoRoot: repo.dir }), { signer, author: { email: 'alice@example.com' } });
      await append('aws_vpc.a');
      repo.commitAll('one');
      repo.git('checkout', '-q', '-b', 'side');
      await append('aws_vpc.side');
      repo.commitAll('side');
      assert.deepEqual((await verify(log, { statePath })).findings, []);
      repo.git('checkout', '-q', 'main');
      await append('aws_vpc.main');
      repo.commitAll('main');
      for (const incremental of [false, true]) {
        assert.deepEqual((await verify(log, { statePath, incremental })).findings, [], `main, incremental ${incremental}`);
        repo.git('checkout', '-q', 'side');
        assert.deepEqual((await verify(log, { statePath, incremental })).findings, [], `side, incremental ${incremental}`);
        repo.git('checkout', '-q', 'main');
      }
      repo.git('reset', '-q', '--hard', 'HEAD~1');
      const r = await verify(log, { statePath });
      assert.deepEqual(
        r.findings.map((f) => f.kind),
        ['history_rewrite'],
      );
    } finally {
      repo.cleanup();
    }
  });
});
