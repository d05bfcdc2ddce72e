// "Who changed it last" in the code: `git blame --porcelain` of a resource block's lines, through the real git
// binary. The whole file is blamed once per (file, content, HEAD) and kept: any block of it is then answered from
// memory, so repeated hovers spawn no git process. The key is the git blob id of the content blamed (the
// editor's buffer when given, else the file on disk) and the commit HEAD points at, read from the repository's
// files (no process either); blame runs with `--contents -`, so unsaved lines read "not committed yet".
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

export interface CommitInfo {
  hash: string;
  /** The first 7 hex digits. */
  shortHash: string;
  authorName: string;
  authorEmail: string;
  authorTime: Date;
  committerTime: Date;
  /** The commit's subject line. */
  subject: string;
}

export interface CodeChangeFound {
  kind: 'found';
  /** The most recent commit (by committer time) that touched a line of the block; absent when none is committed. */
  commit?: CommitInfo;
  /** Lines of the block not committed yet (edited, staged, or in a file git does not track). */
  uncommittedLines: number;
  /** Lines blamed (the block, clamped to the file). */
  lines: number;
}

export interface CodeChangeUnavailable {
  kind: 'unavailable';
  /** `Git: not a git repository (/path)`, `Git: not available (no git executable on PATH)`, ... */
  message: string;
}

export type CodeChange = CodeChangeFound | CodeChangeUnavailable;

export interface CodeHistoryOptions {
  /** The git executable (default `git` on PATH). */
  git?: string;
  /** Blamed files kept (default 200). */
  maxFiles?: number;
  /** A blame that takes longer is abandoned, ms (default 15 s). */
  timeoutMs?: number;
}

const ZERO = /^0{40}$|^0{64}$/;

/** git's blob id of some bytes: sha1("blob <len>\0" + bytes). */
export function blobId(content: Buffer): string {
  return createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
}

class GitFailure extends Error {}

/** Parses `git blame --porcelain`: the commit of each final line (1-based index; [0] unused) and the commits. */
export function parsePorcelain(out: string): { lineCommit: string[]; commits: Map<string, CommitInfo & { uncommitted: boolean }> } {
  const lineCommit: string[] = [];
  const commits = new Map<string, CommitInfo & { uncommitted: boolean }>();
  const lines = out.split('\n');
  let i = 0;
  while (i < lines.length) {
    const header = /^([0-9a-f]{40,64}) (\d+) (\d+)(?: (\d+))?$/.exec(lines[i]!);
    i++;
    if (!header) continue;
    const sha = header[1]!;
    const finalLine = Number(header[3]);
    let c = commits.get(sha);
    if (!c) {
      c = { hash: sha, shortHash: sha.slice(0, 7), authorName: '', authorEmail: '', authorTime: new Date(0), committerTime: new Date(0), subject: '', uncommitted: ZERO.test(sha) };
      commits.set(sha, c);
    }
    // Key/value lines up to the content line (TAB-prefixed).
    while (i < lines.length && !lines[i]!.startsWith('\t')) {
      const l = lines[i]!;
      const sp = l.indexOf(' ');
      const k = sp < 0 ? l : l.slice(0, sp);
      const v = sp < 0 ? '' : l.slice(sp + 1);
      if (k === 'author') c.authorName = v;
      else if (k === 'author-mail') c.authorEmail = v.replace(/^<|>$/g, '');
      else if (k === 'author-time') c.authorTime = new Date(Number(v) * 1000);
      else if (k === 'committer-time') c.committerTime = new Date(Number(v) * 1000);
      else if (k === 'summary') c.subject = v;
      i++;
    }
    i++; // the content line
    lineCommit[finalLine] = sha;
  }
  return { lineCommit, commits };
}

interface Blamed {
  lineCommit: string[];
  commits: Map<string, CommitInfo & { uncommitted: boolean }>;
  lineCount: number;
}

export class CodeHistory {
  private readonly git: string;
  private readonly maxFiles: number;
  private readonly timeoutMs: number;
  /** key (file, blob, HEAD) -> the blame of the whole file (insertion order = age, for eviction). */
  private readonly blames = new Map<string, Promise<Blamed>>();
  /** repo dir -> git dir and common dir. */
  private readonly gitDirs = new Map<string, Promise<{ gitDir: string; commonDir: string }>>();
  /** Processes spawned so far (for tests and the benchmark: a warm hover spawns none). */
  spawned = 0;

  constructor(opts: CodeHistoryOptions = {}) {
    this.git = opts.git ?? 'git';
    this.maxFiles = Math.max(1, opts.maxFiles ?? 200);
    this.timeoutMs = opts.timeoutMs ?? 15_000;
  }

  /**
   * The most recent commit that touched lines `startLine`..`endLine` (0-based, inclusive, as in the engine's
   * Range) of `file`. `contents`: the editor's text of the file when it differs from the disk. Never throws.
   */
  async lastCodeChange(repoRoot: string, file: string, startLine: number, endLine: number, opts: { contents?: string } = {}): Promise<CodeChange> {
    const abs = isAbsolute(file) ? file : resolve(repoRoot, file);
    let content: Buffer;
    try {
      content = opts.contents !== undefined ? Buffer.from(opts.contents, 'utf8') : await fs.readFile(abs);
    } catch (e) {
      return { kind: 'unavailable', message: `Git: cannot read ${abs} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
    }
    const cwd = await existingDir(repoRoot, abs);
    let blamed: Blamed;
    try {
      const head = await this.head(cwd);
      const key = JSON.stringify([abs, blobId(content), head]);
      let p = this.blames.get(key);
      if (!p) {
        p = this.blame(cwd, abs, content);
        this.blames.set(key, p);
        p.catch(() => this.blames.delete(key));
        while (this.blames.size > this.maxFiles) this.blames.delete(this.blames.keys().next().value!);
      } else {
        // Most recently used last.
        this.blames.delete(key);
        this.blames.set(key, p);
      }
      blamed = await p;
    } catch (e) {
      return { kind: 'unavailable', message: e instanceof GitFailure ? e.message : `Git: ${(e as Error).message}` };
    }
    return summarize(blamed, startLine, endLine);
  }

  /** Forget every blame (they are also dropped by content and HEAD changes on their own). */
  clear(): void {
    this.blames.clear();
    this.gitDirs.clear();
  }

  private run(cwd: string, args: string[], input?: Buffer): Promise<string> {
    this.spawned++;
    return new Promise((resolvePromise, reject) => {
      const child = execFile(
        this.git,
        args,
        {
          cwd,
          encoding: 'utf8',
          maxBuffer: 1 << 28,
          timeout: this.timeoutMs,
          env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0' },
        },
        (err, stdout, stderr) => {
          if (!err) return resolvePromise(stdout);
          const e = err as NodeJS.ErrnoException & { killed?: boolean };
          const first = String(stderr).trim().split('\n')[0] ?? '';
          if (e.code === 'ENOENT') reject(new GitFailure(`Git: not available (no \`${this.git}\` executable found)`));
          else if (e.killed) reject(new GitFailure(`Git: blame took longer than ${this.timeoutMs} ms`));
          else if (/not a git repository/i.test(first)) reject(new GitFailure(`Git: not a git repository (${cwd})`));
          else reject(new GitFailure(`Git: ${first.replace(/^fatal: /, '') || e.message}`));
        },
      );
      child.stdin?.on('error', () => {}); // git may exit before reading its input
      child.stdin?.end(input ?? '');
    });
  }

  /** The commit HEAD points at, from the repository's files (no process once the git dir is known). */
  private async head(cwd: string): Promise<string> {
    let dirs = this.gitDirs.get(cwd);
    if (!dirs) {
      dirs = this.run(cwd, ['rev-parse', '--absolute-git-dir', '--git-common-dir']).then((out) => {
        const [gitDir, common] = out.trim().split('\n');
        return { gitDir: gitDir!, commonDir: isAbsolute(common!) ? common! : resolve(cwd, common!) };
      });
      this.gitDirs.set(cwd, dirs);
      dirs.catch(() => this.gitDirs.delete(cwd));
    }
    const { gitDir, commonDir } = await dirs;
    const head = (await fs.readFile(join(gitDir, 'HEAD'), 'utf8')).trim();
    const ref = /^ref: (.+)$/.exec(head)?.[1];
    if (!ref) return head; // detached
    for (const dir of [gitDir, commonDir]) {
      try {
        return (await fs.readFile(join(dir, ref), 'utf8')).trim();
      } catch {
        // not a loose ref here
      }
    }
    try {
      const packed = await fs.readFile(join(commonDir, 'packed-refs'), 'utf8');
      const line = packed.split('\n').find((l) => l.endsWith(` ${ref}`));
      if (line) return line.split(' ')[0]!;
    } catch {
      // no packed refs
    }
    return `unborn:${ref}`;
  }

  private async blame(cwd: string, abs: string, content: Buffer): Promise<Blamed> {
    const rel = relative(cwd, abs).split(sep).join('/');
    const lineCount = countLines(content);
    let out: string;
    try {
      out = await this.run(cwd, ['blame', '--porcelain', '--contents', '-', '--', rel], content);
    } catch (e) {
      // A file git does not know at HEAD (untracked, or a repository without commits): every line is uncommitted.
      if (e instanceof GitFailure && /no such path|does not have any commits|bad revision 'HEAD'|no such ref|ambiguous argument 'HEAD'/i.test(e.message)) {
        return { lineCommit: [], commits: new Map(), lineCount };
      }
      throw e;
    }
    const parsed = parsePorcelain(out);
    return { ...parsed, lineCount };
  }
}

function countLines(content: Buffer): number {
  if (content.length === 0) return 0;
  let n = 0;
  for (const b of content) if (b === 10) n++;
  return content[content.length - 1] === 10 ? n : n + 1;
}

/** The directory git runs in: the repository root if it exists, else the file's directory. */
async function existingDir(repoRoot: string, abs: string): Promise<string> {
  try {
    if ((await fs.stat(repoRoot)).isDirectory()) return resolve(repoRoot);
  } catch {
    // fall through
  }
  return dirname(abs);
}

function summarize(b: Blamed, startLine: number, endLine: number): CodeChange {
  const from = Math.max(1, Math.floor(Math.min(startLine, endLine)) + 1);
  const to = Math.min(Math.max(b.lineCount, 0), Math.floor(Math.max(startLine, endLine)) + 1);
  let newest: (CommitInfo & { uncommitted: boolean }) | undefined;
  let uncommitted = 0;
  let lines = 0;
  for (let line = from; line <= to; line++) {
    lines++;
    const sha = b.lineCommit[line];
    const c = sha !== undefined ? b.commits.get(sha) : undefined;
    if (!c || c.uncommitted) {
      uncommitted++;
      continue;
    }
    if (!newest || c.committerTime.getTime() > newest.committerTime.getTime()) newest = c;
  }
  if (!newest) return { kind: 'found', uncommittedLines: uncommitted, lines };
  const { uncommitted: _u, ...commit } = newest;
  void _u;
  return { kind: 'found', commit, uncommittedLines: uncommitted, lines };
}
