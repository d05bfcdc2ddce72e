// git blame's "who changed it last" for a block of lines, with the real git binary on a temporary repository with
// commits by two authors; uncommitted lines, unsaved buffers, untracked files, no repository, no git; the cache.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, appendFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CodeHistory, type CodeChange } from '../src/engine/history';

const BLOCK_A = ['resource "aws_instance" "web" {', '  ami           = "ami-01"', '  instance_type = "t3.small"', '}'];
const BLOCK_B = ['', 'resource "aws_s3_bucket" "logs" {', '  bucket = "my-logs"', '}'];
// 0-based, inclusive: A is lines 0-3, B (its header to its brace) lines 5-7.
const A = [0, 3] as const;
const B = [5, 7] as const;

function git(cwd: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
}

function commitAs(cwd: string, name: string, email: string, date: string, message: string): void {
  git(cwd, ['add', '-A']);
  git(cwd, ['-c', 'commit.gpgsign=false', '-c', `user.name=${name}`, '-c', `user.email=${email}`, 'commit', '-q', '-m', message], {
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
  });
}

function found(c: CodeChange): Extract<CodeChange, { kind: 'found' }> {
  assert.equal(c.kind, 'found', JSON.stringify(c));
  return c as Extract<CodeChange, { kind: 'found' }>;
}

describe('history: git blame of a block', () => {
  let repo: string;
  let file: string;

  before(() => {
    repo = mkdtempSync(join(tmpdir(), 'driftlog-history-git-'));
    git(repo, ['init', '-q', '-b', 'main']);
    file = join(repo, 'main.tf');
    writeFileSync(file, BLOCK_A.join('\n') + '\n');
    commitAs(repo, 'Alice Author', 'alice@example.com', '2026-11-10T12:00:00Z', 'Add the web instance');
    appendFileSync(file, BLOCK_B.join('\n') + '\n');
    commitAs(repo, 'Bob Builder', 'bob@example.com', '2026-11-15T08:30:00Z', 'Add the logs bucket *with* [markdown]');
  });
  after(() => rmSync(repo, { recursive: true, force: true }));

  it('names author 1 for block A and author 2 for block B, with date, short hash and subject', async () => {
    const h = new CodeHistory();
    const a = found(await h.lastCodeChange(repo, file, A[0], A[1]));
    assert.equal(a.commit?.authorName, 'Alice Author');
    assert.equal(a.commit?.authorEmail, 'alice@example.com');
    assert.equal(a.commit?.subject, 'Add the web instance');
    assert.equal(a.commit?.authorTime.toISOString(), '2026-11-10T12:00:00.000Z');
    assert.equal(a.commit?.shortHash, git(repo, ['rev-parse', '--short=7', 'HEAD~1']).trim());
    assert.equal(a.uncommittedLines, 0);
    assert.equal(a.lines, 4);
    const b = found(await h.lastCodeChange(repo, file, B[0], B[1]));
    assert.equal(b.commit?.authorName, 'Bob Builder');
    assert.equal(b.commit?.authorEmail, 'bob@example.com');
    assert.equal(b.commit?.subject, 'Add the logs bucket *with* [markdown]');
    assert.equal(b.commit?.hash, git(repo, ['rev-parse', 'HEAD']).trim());
  });

  it('the most recent commit over the block wins: a later edit of one line of A by Bob names Bob', async () => {
    const h = new CodeHistory();
    const clone = mkdtempSync(join(tmpdir(), 'driftlog-history-git-'));
    try {
      git(clone, ['clone', '-q', repo, '.']);
      const f = join(clone, 'main.tf');
      writeFileSync(f, readFileSync(f, 'utf8').replace('t3.small', 't3.medium'));
      commitAs(clone, 'Bob Builder', 'bob@example.com', '2026-11-20T09:00:00Z', 'Bigger web instance');
      const a = found(await h.lastCodeChange(clone, f, A[0], A[1]));
      assert.equal(a.commit?.authorName, 'Bob Builder');
      assert.equal(a.commit?.subject, 'Bigger web instance');
      // Lines 0-1 alone are still Alice's.
      assert.equal(found(await h.lastCodeChange(clone, f, 0, 1)).commit?.authorName, 'Alice Author');
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  });

  it('uncommitted lines are said as such: on disk, and in an unsaved editor buffer', async () => {
    const h = new CodeHistory();
    const original = readFileSync(file, 'utf8');
    try {
      writeFileSync(file, original.replace('my-logs', 'my-other-logs'));
      const b = found(await h.lastCodeChange(repo, file, B[0], B[1]));
      assert.equal(b.uncommittedLines, 1);
      assert.equal(b.commit?.authorName, 'Bob Builder', 'the last commit of the other lines');
      assert.equal(found(await h.lastCodeChange(repo, file, A[0], A[1])).uncommittedLines, 0);
    } finally {
      writeFileSync(file, original);
    }
    // The buffer: a line inserted in A that is not on disk.
    const buffer = original.replace('  ami', '  monitoring    = true\n  ami');
    const a = found(await h.lastCodeChange(repo, file, 0, 4, { contents: buffer }));
    assert.equal(a.uncommittedLines, 1);
    assert.equal(a.lines, 5);
    assert.equal(found(await h.lastCodeChange(repo, file, 1, 1, { contents: buffer })).commit, undefined, 'only the new line: nothing committed');
  });

  it('a file git does not track: every line not committed yet', async () => {
    const h = new CodeHistory();
    const f = join(repo, 'new.tf');
    writeFileSync(f, 'resource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}\n');
    try {
      const c = found(await h.lastCodeChange(repo, f, 0, 2));
      assert.deepEqual(c, { kind: 'found', uncommittedLines: 3, lines: 3 });
    } finally {
      rmSync(f);
    }
  });

  it('repeated hovers spawn no git process; a new commit (HEAD moves) or an edit blames again', async () => {
    const h = new CodeHistory();
    await h.lastCodeChange(repo, file, A[0], A[1]);
    const spawned = h.spawned;
    for (let i = 0; i < 5; i++) {
      await h.lastCodeChange(repo, file, A[0], A[1]);
      await h.lastCodeChange(repo, file, B[0], B[1]);
    }
    assert.equal(h.spawned, spawned, 'served from the cache');
    // A commit that does not touch main.tf still moves HEAD: blamed anew.
    writeFileSync(join(repo, 'README'), 'x\n');
    commitAs(repo, 'Carol', 'carol@example.com', '2026-11-21T10:00:00Z', 'Readme');
    await h.lastCodeChange(repo, file, A[0], A[1]);
    assert.equal(h.spawned, spawned + 1);
    await h.lastCodeChange(repo, file, A[0], A[1], { contents: readFileSync(file, 'utf8') + '# note\n' });
    assert.equal(h.spawned, spawned + 2, 'other contents: another blame');
  });

  it('not a git repository, and no git at all, are said plainly', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'driftlog-history-nogit-'));
    try {
      const f = join(dir, 'main.tf');
      writeFileSync(f, BLOCK_A.join('\n'));
      const c = await new CodeHistory().lastCodeChange(dir, f, 0, 3);
      assert.equal(c.kind, 'unavailable');
      assert.match(c.kind === 'unavailable' ? c.message : '', /^Git: not a git repository/);
      const m = await new CodeHistory({ git: join(dir, 'no-such-git') }).lastCodeChange(repo, file, 0, 3);
      assert.equal(m.kind, 'unavailable');
      assert.match(m.kind === 'unavailable' ? m.message : '', /^Git: not available \(no `.*no-such-git` executable found\)$/);
      const gone = await new CodeHistory().lastCodeChange(repo, join(repo, 'gone.tf'), 0, 1);
      assert.match(gone.kind === 'unavailable' ? gone.message : '', /^Git: cannot read .*gone\.tf \(ENOENT\)$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
