// One call for a shell (CLI scan, language server) to record a scan or an action: git facts, the signer, the
// events, the batch, and optionally `git add`.

import type { ResourceResult, ScanReport } from '../scan/types';
import { scanEvents } from './events';
import type { LogEvent } from './events';
import { GitUnavailable, gitInfo, gitTopLevel } from './git';
import type { GitInfo } from './git';
import type { RedactionOptions } from './redact';
import { fileSigner, sshKeygenSigner } from './signer';
import type { Signer } from './signer';
import { LogError, appendBatch, openLog, stageBatch } from './store';
import type { AppendResult } from './store';

export interface RecordOptions {
  logDir?: string;
  redaction?: RedactionOptions;
  /** A ready signer (e.g. from SecretStorage); otherwise chosen by `signWith`. */
  signer?: Signer;
  /** `driftlog` (default): the Driftlog key file; `git`: git's user.signingkey through ssh-keygen. */
  signWith?: 'driftlog' | 'git';
  /** Directory of the Driftlog key file (default: $XDG_CONFIG_HOME/driftlog or ~/.config/driftlog). */
  keyDir?: string;
  /** `git add` the new batch. */
  stage?: boolean;
  /** Facts already known (a long-lived server caches them); looked up with git otherwise. */
  git?: GitInfo;
}

/** The repository root for `dir`: git's top level, or `dir` itself outside a repository. */
export async function repoRootOf(dir: string): Promise<{ root: string; git: boolean; note?: string }> {
  try {
    return { root: await gitTopLevel(dir), git: true };
  } catch (e) {
    if (e instanceof GitUnavailable) return { root: dir, git: false, note: e.message };
    throw e;
  }
}

export async function chooseSigner(opts: { signWith?: 'driftlog' | 'git'; keyDir?: string; git: GitInfo; cwd: string }): Promise<Signer> {
  if (opts.signWith === 'git') {
    if (!opts.git.signingKey) throw new LogError('git has no user.signingkey: set one, or sign with the Driftlog key');
    if (opts.git.gpgFormat !== 'ssh') throw new LogError('git user.signingkey is not an SSH key (gpg.format is not "ssh")');
    return sshKeygenSigner(opts.git.signingKey, { cwd: opts.cwd });
  }
  return fileSigner({ dir: opts.keyDir });
}

async function gitFacts(dir: string, given?: GitInfo): Promise<GitInfo> {
  if (given) return given;
  try {
    return await gitInfo(dir);
  } catch (e) {
    if (e instanceof GitUnavailable) return {};
    throw e;
  }
}

/** Appends a batch of events to the log of the repository containing `dir`. */
export async function recordEvents(dir: string, events: LogEvent[], opts: RecordOptions = {}): Promise<AppendResult> {
  const { root } = await repoRootOf(dir);
  const git = await gitFacts(root, opts.git);
  if (!git.userEmail) throw new LogError('cannot sign the audit log without an identity: set `git config user.email`');
  const signer = opts.signer ?? (await chooseSigner({ signWith: opts.signWith, keyDir: opts.keyDir, git, cwd: root }));
  const log = await openLog(root, { logDir: opts.logDir, create: true });
  const result = await appendBatch(log, events, {
    signer,
    author: { name: git.userName, email: git.userEmail },
    git: { head: git.head, branch: git.branch },
    redaction: opts.redaction,
  });
  if (opts.stage) await stageBatch(log, result);
  return result;
}

/** Records a scan: one `scan` event per resource. */
export async function recordScan(dir: string, report: ScanReport | ResourceResult[], opts: RecordOptions = {}): Promise<AppendResult> {
  const { root } = await repoRootOf(dir);
  return recordEvents(root, scanEvents(report, { repoRoot: root, redaction: opts.redaction }), opts);
}
