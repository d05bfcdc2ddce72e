// The facts the log needs from git, through the real `git` binary.

import { execFile } from 'node:child_process';

export class GitUnavailable extends Error {
  constructor(
    readonly reason: 'missing' | 'not-a-repo',
    message: string,
  ) {
    super(message);
  }
}

export class GitError extends Error {}

export function runGit(cwd: string, args: string[], input?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      args,
      { cwd, maxBuffer: 1 << 30, encoding: 'utf8', env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } },
      (err, stdout, stderr) => {
        if (err) {
          const e = err as NodeJS.ErrnoException & { code?: unknown };
          if (e.code === 'ENOENT') {
            reject(new GitUnavailable('missing', 'git is not installed (no `git` on PATH): git history checks are skipped'));
          } else if (/not a git repository/i.test(stderr)) {
            reject(new GitUnavailable('not-a-repo', `${cwd} is not in a git repository: git history checks are skipped`));
          } else {
            reject(new GitError(`git ${args[0]} failed: ${stderr.trim() || e.message}`));
          }
          return;
        }
        resolve(stdout);
      },
    );
    if (input !== undefined) child.stdin?.end(input);
  });
}

/** The top of the work tree containing `dir`; throws GitUnavailable when git is missing or `dir` is not in a repo. */
export async function gitTopLevel(dir: string): Promise<string> {
  return (await runGit(dir, ['rev-parse', '--show-toplevel'])).trim();
}

export interface GitInfo {
  head?: string;
  branch?: string;
  userName?: string;
  userEmail?: string;
  signingKey?: string;
  gpgFormat?: string;
}

async function optional(cwd: string, args: string[]): Promise<string | undefined> {
  try {
    const out = (await runGit(cwd, args)).trim();
    return out === '' ? undefined : out;
  } catch (e) {
    if (e instanceof GitUnavailable && e.reason === 'missing') throw e;
    return undefined;
  }
}

/** user.name/email, the signing key settings, HEAD and branch. Throws GitUnavailable when git is missing. */
export async function gitInfo(dir: string): Promise<GitInfo> {
  const [userName, userEmail, signingKey, gpgFormat, head, branch] = await Promise.all([
    optional(dir, ['config', 'user.name']),
    optional(dir, ['config', 'user.email']),
    optional(dir, ['config', 'user.signingkey']),
    optional(dir, ['config', 'gpg.format']),
    optional(dir, ['rev-parse', '--verify', '-q', 'HEAD']),
    optional(dir, ['symbolic-ref', '--short', '-q', 'HEAD']),
  ]);
  return { userName, userEmail, signingKey, gpgFormat, head, branch };
}

/**
 * Starts `git cat-file --batch` now (process start-up overlaps other work) and reads `<rev>:<path>` objects
 * later; absent objects map to undefined. Call `read` once, or `close` when nothing is needed.
 */
export function startCatFile(cwd: string): { read(specs: string[]): Promise<Map<string, string | undefined>>; close(): void } {
  let child: ReturnType<typeof execFile> | undefined;
  const done = new Promise<Buffer>((resolve, reject) => {
    child = execFile('git', ['cat-file', '--batch'], { cwd, encoding: 'buffer', maxBuffer: 1 << 30 }, (err, stdout) =>
      err ? reject(new GitError(`git cat-file failed: ${err.message}`)) : resolve(stdout),
    );
  });
  done.catch(() => undefined); // reported through read(); unused otherwise
  child!.stdin?.on('error', () => undefined);
  return {
    close: () => child!.stdin?.end(),
    async read(specs) {
      child!.stdin?.end(specs.length ? specs.join('\n') + '\n' : '');
      const out = await done;
      const result = new Map<string, string | undefined>();
      let off = 0;
      for (const spec of specs) {
        const nl = out.indexOf(10, off);
        const header = out.subarray(off, nl).toString();
        off = nl + 1;
        if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
          result.set(spec, undefined);
          continue;
        }
        const size = Number(header.split(' ')[2]);
        result.set(spec, out.subarray(off, off + size).toString('utf8'));
        off += size + 1;
      }
      return result;
    },
  };
}
