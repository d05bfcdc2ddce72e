// One test per tampering case of issue 4; each must be detected with the right finding kind.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  appendBatch,
  canonicalize,
  checkpoint,
  fileSigner,
  openLog,
  rawKeySigner,
  generateKeySeed,
  scanEvents,
  verify,
} from '../src/engine/log/index';
import type { AppendResult, FindingKind, Log, Signer, VerifyReport } from '../src/engine/log/index';
import { leafHashesOf, listCheckpoints } from '../src/engine/log/checkpoint';
import { rootHash } from '../src/engine/log/merkle';
import { formatCheckpoint, signatureLine } from '../src/engine/log/note';
import { drifted, makeRepo, result } from '../../test-fixtures/log/helpers';
import type { TempRepo } from '../../test-fixtures/log/helpers';

interface World {
  repo: TempRepo;
  log: Log;
  signer: Signer;
  batches: AppendResult[];
  append(signer?: Signer, email?: string): Promise<AppendResult>;
  verify(incremental?: boolean): Promise<VerifyReport>;
}

let n = 0;
async function world(opts: { git?: boolean } = {}): Promise<World> {
  const repo = makeRepo({ git: opts.git });
  const log = await openLog(repo.dir, { create: true });
  const signer = await fileSigner({ dir: repo.keyDir });
  const statePath = join(repo.keyDir, '..', 'verify-state.json');
  const w: World = {
    repo,
    log,
    signer,
    batches: [],
    async append(s = signer, email = 'alice@example.com') {
      n++;
      const results = [
        drifted(`aws_s3_bucket.b${n}`, 'tags.Env', 'dev', `prod${n}`),
        result(`aws_vpc.v${n}`, 'in_sync'),
        result(`aws_sqs_queue.q${n}`, 'missing'),
      ];
      const r = await appendBatch(log, scanEvents(results, { repoRoot: repo.dir }), { signer: s, author: { name: 'A', email } });
      w.batches.push(r);
      return r;
    },
    verify: (incremental = false) => verify(log, { statePath, incremental }),
  };
  await w.append();
  await w.append();
  await w.append();
  if (opts.git !== false) repo.commitAll('three batches');
  const clean = await w.verify();
  assert.deepEqual(clean.findings, [], 'the untampered log verifies');
  return w;
}

function kinds(r: VerifyReport): FindingKind[] {
  return [...new Set(r.findings.map((f) => f.kind))].sort();
}

function expectFinding(r: VerifyReport, kind: FindingKind, pathPart: string): void {
  assert.ok(!r.ok, 'verify reports findings');
  assert.ok(
    r.findings.some((f) => f.kind === kind && f.path.includes(pathPart)),
    `expected a ${kind} finding on ${pathPart}, got ${JSON.stringify(r.findings, null, 1)}`,
  );
}

describe('log: tamper suite', function () {
  this.timeout(30000);
  const worlds: World[] = [];
  afterEach(() => worlds.splice(0).forEach((w) => w.repo.cleanup()));
  const make = async (opts?: { git?: boolean }) => {
    const w = await world(opts);
    worlds.push(w);
    return w;
  };

  it('a byte flipped in a batch: modified', async () => {
    const w = await make();
    const b = w.batches[1];
    const bytes = readFileSync(b.path);
    bytes[bytes.length - 10] ^= 0x01;
    writeFileSync(b.path, bytes);
    const r = await w.verify();
    expectFinding(r, 'modified', b.hash);
  });

  it('a line removed from a batch: modified', async () => {
    const w = await make();
    const b = w.batches[1];
    const lines = readFileSync(b.path, 'utf8').split('\n');
    lines.splice(2, 1);
    writeFileSync(b.path, lines.join('\n'));
    expectFinding(await w.verify(), 'modified', b.hash);
  });

  it('lines reordered in a batch: modified', async () => {
    const w = await make();
    const b = w.batches[0];
    const lines = readFileSync(b.path, 'utf8').split('\n');
    [lines[1], lines[2]] = [lines[2], lines[1]];
    writeFileSync(b.path, lines.join('\n'));
    expectFinding(await w.verify(), 'modified', b.hash);
  });

  it('an edited batch renamed to its new hash (signature moved along): forged', async () => {
    const w = await make();
    const b = w.batches[2];
    const lines = readFileSync(b.path, 'utf8').split('\n');
    lines[1] = lines[1].replace('"drifted"', '"in_sync"');
    const text = lines.join('\n');
    const newHash = createHash('sha256').update(text).digest('hex');
    const newPath = b.path.replace(b.hash, newHash);
    writeFileSync(newPath, text);
    renameSync(`${b.path}.sig`, `${newPath}.sig`);
    rmSync(b.path);
    const r = await w.verify();
    expectFinding(r, 'forged', newHash);
  });

  it('a referenced batch deleted (no git): deleted, through the parent links', async () => {
    const w = await make({ git: false });
    const b = w.batches[0];
    rmSync(b.path);
    rmSync(`${b.path}.sig`);
    const r = await w.verify();
    expectFinding(r, 'deleted', b.hash);
    assert.ok(r.findings.some((f) => f.message.includes(w.batches[1].hash)), 'names the batch whose parent is gone');
  });

  it('the newest batch deleted and the deletion committed: deleted, through git history', async () => {
    const w = await make();
    const b = w.batches[2];
    w.repo.git('rm', '-q', b.rel, `${b.rel}.sig`);
    w.repo.git('commit', '-q', '-m', 'tidy up');
    const r = await w.verify();
    expectFinding(r, 'deleted', b.hash);
    assert.ok(r.findings.find((f) => f.kind === 'deleted')!.commit, 'names the commit');
  });

  it('a batch replayed under a new name: replayed', async () => {
    const w = await make();
    const b = w.batches[0];
    const fake = createHash('sha256').update('something else').digest('hex');
    const copy = b.path.replace(b.hash, fake);
    copyFileSync(b.path, copy);
    copyFileSync(`${b.path}.sig`, `${copy}.sig`);
    expectFinding(await w.verify(), 'replayed', fake);
  });

  it('a batch replayed into another month folder under its own name: replayed', async () => {
    const w = await make();
    const b = w.batches[0];
    const other = join(w.log.batchesDir, '2031-01');
    mkdirSync(other, { recursive: true });
    copyFileSync(b.path, join(other, `${b.hash}.jsonl`));
    copyFileSync(`${b.path}.sig`, join(other, `${b.hash}.jsonl.sig`));
    expectFinding(await w.verify(), 'replayed', '2031-01');
  });

  it("a batch copied from another repository's log, signed by the same key: replayed", async () => {
    const w = await make();
    const other = makeRepo();
    try {
      // Its own first commit (the log id is the root commit; two repositories made in the same second alike would share it).
      execFileSync('git', ['commit', '-q', '--amend', '--allow-empty', '-m', 'another repository'], { cwd: other.dir });
      const otherLog = await openLog(other.dir, { create: true });
      const foreign = await appendBatch(otherLog, scanEvents([result('aws_vpc.elsewhere', 'in_sync')], { repoRoot: other.dir }), {
        signer: w.signer,
        author: { email: 'alice@example.com' },
      });
      const dest = join(w.log.batchesDir, foreign.rel.split('/')[2]);
      mkdirSync(dest, { recursive: true });
      copyFileSync(foreign.path, join(dest, `${foreign.hash}.jsonl`));
      copyFileSync(`${foreign.path}.sig`, join(dest, `${foreign.hash}.jsonl.sig`));
      const r = await w.verify();
      expectFinding(r, 'replayed', foreign.hash);
      assert.deepEqual(kinds(r), ['replayed']);
    } finally {
      other.cleanup();
    }
  });

  it('a signature by a key not in allowed_signers: unknown_signer', async () => {
    const w = await make();
    const before = readFileSync(w.log.allowedSignersPath, 'utf8');
    const mallory = rawKeySigner(generateKeySeed());
    const b = await w.append(mallory, 'alice@example.com');
    writeFileSync(w.log.allowedSignersPath, before); // the forger cannot add a key unnoticed
    const r = await w.verify();
    expectFinding(r, 'unknown_signer', b.hash);
    assert.deepEqual(kinds(r), ['unknown_signer']);
  });

  it('allowed_signers edited after the fact to admit a forger: unknown_signer', async () => {
    const w = await make();
    const before = readFileSync(w.log.allowedSignersPath, 'utf8');
    const mallory = rawKeySigner(generateKeySeed());
    const b = await w.append(mallory, 'mallory@example.com');
    const withMallory = readFileSync(w.log.allowedSignersPath, 'utf8');
    writeFileSync(w.log.allowedSignersPath, before);
    w.repo.commitAll('scan'); // the forged batch goes in without its key...
    writeFileSync(w.log.allowedSignersPath, withMallory);
    w.repo.commitAll('add a team member'); // ...and the key is slipped in later
    const r = await w.verify();
    expectFinding(r, 'unknown_signer', b.hash);
    assert.match(r.findings[0].message, /not in allowed_signers when the batch was committed/);
  });

  it('non-canonical JSON, even with a valid name and signature: non_canonical', async () => {
    const w = await make();
    const header = {
      format: 'driftlog-batch/1',
      log: w.log.logId,
      author: { email: 'alice@example.com', key: w.signer.publicKey.fingerprint },
      createdAt: new Date().toISOString(),
      tool: 'other-writer',
      parents: [w.batches[2].hash],
      events: 1,
      nonce: '00',
    };
    const event = { kind: 'scan', address: 'aws_s3_bucket.x', type: 'aws_s3_bucket', status: 'in_sync' };
    const text = canonicalize(header) + '\n' + JSON.stringify(event, null, 1).replace(/\n/g, '') + '\n';
    const hash = createHash('sha256').update(text).digest('hex');
    const dir = join(w.log.batchesDir, header.createdAt.slice(0, 7));
    writeFileSync(join(dir, `${hash}.jsonl`), text);
    writeFileSync(join(dir, `${hash}.jsonl.sig`), await w.signer.signSsh(Buffer.from(text), 'driftlog'));
    const r = await w.verify();
    expectFinding(r, 'non_canonical', hash);
    assert.deepEqual(kinds(r), ['non_canonical']);
  });

  it('a checkpoint rolled back: inconsistent_checkpoint', async () => {
    const w = await make();
    await checkpoint(w.log, w.signer, 'alice@example.com');
    await w.append();
    await checkpoint(w.log, w.signer, 'alice@example.com');
    w.repo.commitAll('checkpoints');
    assert.deepEqual((await w.verify()).findings, []);
    const newest = (await listCheckpoints(w.log)).pop()!;
    w.repo.git('rm', '-q', newest.rel, newest.rel.replace(/\.checkpoint$/, '.leaves'));
    w.repo.git('commit', '-q', '-m', 'roll back');
    const r = await w.verify();
    expectFinding(r, 'inconsistent_checkpoint', 'checkpoints');
    assert.ok(r.findings.some((f) => /rolled back/.test(f.message)));
  });

  it('a checkpoint that does not extend the previous one: inconsistent_checkpoint', async () => {
    const w = await make();
    await checkpoint(w.log, w.signer, 'alice@example.com');
    const first = (await listCheckpoints(w.log))[0];
    // A second checkpoint over the same batches in another order: properly signed, but a fork.
    const leaves = [...first.leaves!].reverse();
    await w.append();
    const all = readdirSync(join(w.log.batchesDir, w.batches[3].rel.split('/')[2])).filter((f) => f.endsWith('.jsonl'));
    const extra = all.map((f) => f.slice(0, 64)).filter((h) => !leaves.includes(h));
    const cp2 = await checkpointWithLeaves(w.log, w.signer, [...leaves, ...extra]);
    const r = await w.verify();
    expectFinding(r, 'inconsistent_checkpoint', cp2);
  });

  it('history rewritten after a verify: history_rewrite', async () => {
    const w = await make();
    await w.append();
    w.repo.commitAll('fourth batch');
    assert.ok((await w.verify()).ok);
    w.repo.git('reset', '-q', '--hard', 'HEAD~1');
    const r = await w.verify(true);
    expectFinding(r, 'history_rewrite', '.driftlog');
  });

  it('incremental verify re-reads only new or changed batches and still catches tampering since the last verify', async () => {
    const w = await make();
    const fresh = await w.append();
    const inc = await w.verify(true);
    assert.ok(inc.ok && inc.incremental);
    assert.equal(inc.checkedBatches, 1, 'only the new batch is read');
    assert.equal(inc.events, 12);
    const b = w.batches[0];
    const bytes = readFileSync(b.path);
    bytes[bytes.length - 5] ^= 0x02; // same size: caught through the modification time
    writeFileSync(b.path, bytes);
    const other = join(w.log.batchesDir, '2031-02');
    mkdirSync(other, { recursive: true });
    copyFileSync(fresh.path, join(other, `${fresh.hash}.jsonl`));
    copyFileSync(`${fresh.path}.sig`, join(other, `${fresh.hash}.jsonl.sig`));
    const r = await w.verify(true);
    expectFinding(r, 'modified', b.hash);
    expectFinding(r, 'replayed', '2031-02');
  });

  it('a signature file removed: forged', async () => {
    const w = await make({ git: false });
    rmSync(`${w.batches[1].path}.sig`);
    expectFinding(await w.verify(), 'forged', w.batches[1].hash);
  });
});

// Writes a checkpoint with the given leaf order (what a confused or malicious CI job could sign).
async function checkpointWithLeaves(log: Log, signer: Signer, leaves: string[]): Promise<string> {
  const root = rootHash(leafHashesOf(leaves));
  const body = formatCheckpoint({ origin: `driftlog/${log.logId}`, size: leaves.length, root, extensions: [] });
  const note = `${body}\n${signatureLine('alice@example.com', signer.publicKey.raw, await signer.signRaw!(Buffer.from(body)))}`;
  const stem = `${String(leaves.length).padStart(10, '0')}-${root.toString('hex').slice(0, 16)}`;
  writeFileSync(join(log.checkpointsDir, `${stem}.leaves`), leaves.join('\n') + '\n');
  writeFileSync(join(log.checkpointsDir, `${stem}.checkpoint`), note);
  return stem;
}
