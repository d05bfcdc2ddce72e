// `driftlog log verify`: everything an auditor needs checked, each problem reported as a finding of a kind.
//   modified                a batch's bytes no longer hash to its name, or git history shows it changed
//   deleted                 a batch named as a parent or covered by a checkpoint is gone, or git history shows a
//                           batch deleted
//   forged                  a signature is missing or does not match, or names another key than the header
//   unknown_signer          the key is not in allowed_signers for the author's email, or was not there yet in the
//                           commit that added the batch
//   non_canonical           a line is not RFC 8785 canonical JSON (or the header is not a batch header)
//   replayed                a batch copied under another name or into another month folder
//   inconsistent_checkpoint a checkpoint that does not verify, does not extend the previous one, or was rolled back
//   history_rewrite         a batch renamed in git history, or the last verified commit is gone from HEAD's history
// Errors (no log, unreadable files) are thrown, never reported as findings.

import { createHash } from 'node:crypto';
import { promises as fs, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { consistent, checkNoteSignature, checkpointOrigin, leafHashesOf, listCheckpoints } from './checkpoint';
import { parseCanonical } from './canonical';
import { GitUnavailable, runGit, startCatFile } from './git';
import { rootHash } from './merkle';
import { findAllowed, parseAllowedSigners, sshsigVerify } from './sshsig';
import type { AllowedSignersFile } from './sshsig';
import { BATCH_FORMAT, HASH_NAME, NAMESPACE, listBatchFiles } from './store';
import type { BatchFile, BatchHeader, Log } from './store';

export type FindingKind =
  | 'modified'
  | 'deleted'
  | 'forged'
  | 'unknown_signer'
  | 'non_canonical'
  | 'replayed'
  | 'inconsistent_checkpoint'
  | 'history_rewrite';

export const FINDING_KINDS: readonly FindingKind[] = [
  'modified',
  'deleted',
  'forged',
  'unknown_signer',
  'non_canonical',
  'replayed',
  'inconsistent_checkpoint',
  'history_rewrite',
];

export interface Finding {
  kind: FindingKind;
  /** Repository-relative path of the file concerned. */
  path: string;
  message: string;
  /** The git commit that shows the problem, when history does. */
  commit?: string;
}

export interface VerifyReport {
  ok: boolean;
  findings: Finding[];
  batches: number;
  events: number;
  checkpoints: number;
  /** Batches whose content was checked in this run (fewer than `batches` in incremental mode). */
  checkedBatches: number;
  incremental: boolean;
  git: { used: boolean; head?: string; note?: string };
  notes: string[];
}

export interface VerifyOptions {
  /** Check only what changed since the last verify that found nothing (falls back to a full verify). */
  incremental?: boolean;
  /** Where the last verified state is kept; default: inside .git (or the user's cache dir without git). */
  statePath?: string;
  /** Default true: remember this verify for `incremental` and for rollback detection. */
  saveState?: boolean;
}

/** What the last verify that found nothing saw, per branch (a branch switch is not a history rewrite). */
interface VerifyState {
  commit?: string;
  /** Batch path -> [size, mtimeMs, events]. */
  files: Record<string, [number, number, number]>;
  checkpoint?: { size: number; root: string };
}

interface VerifyStateFile {
  version: 2;
  logDir: string;
  /** The branch verified last (its state guides the git questions asked before the branch is known). */
  last?: string;
  /** By branch (`refs/heads/...`); `''` outside git. Nothing is kept for a detached HEAD. */
  branches: Record<string, VerifyState>;
}

interface GitFacts {
  top: string;
  /** The log dir relative to the top of the work tree. */
  rel: string;
  head?: string;
  /** Earliest commit that added each batch path (repo-relative to the log's repoRoot). */
  addedIn: Map<string, string>;
}

function defaultStatePath(log: Log): string {
  const key = createHash('sha256').update(log.dir).digest('hex').slice(0, 16);
  const cache = process.env.XDG_CACHE_HOME && process.env.XDG_CACHE_HOME !== '' ? process.env.XDG_CACHE_HOME : join(homedir(), '.cache');
  return join(cache, 'driftlog', `verify-${key}.json`);
}

async function loadState(path: string, log: Log): Promise<VerifyStateFile> {
  try {
    const s = JSON.parse(await fs.readFile(path, 'utf8')) as VerifyStateFile;
    if (s.version === 2 && s.logDir === log.dir && typeof s.branches === 'object' && s.branches) return s;
  } catch {
    // absent or unreadable: start afresh
  }
  return { version: 2, logDir: log.dir, branches: {} };
}

async function isAncestor(cwd: string, commit: string, head: string): Promise<boolean> {
  try {
    await runGit(cwd, ['merge-base', '--is-ancestor', commit, head]);
    return true;
  } catch {
    return false;
  }
}

async function mapLimit<T, R>(items: T[], limit: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

export async function verify(log: Log, opts: VerifyOptions = {}): Promise<VerifyReport> {
  const findings: Finding[] = [];
  const seen = new Map<string, Finding>();
  const add = (f: Finding) => {
    // One finding per kind and batch (its signature file counts as the batch); what else is known about it is
    // added to its message.
    if (f.path.endsWith('.jsonl.sig')) f = { ...f, path: f.path.slice(0, -'.sig'.length), message: `signature file ${f.message}` };
    const id = `${f.kind} ${f.path}`;
    const earlier = seen.get(id);
    if (earlier) {
      if (!earlier.message.includes(f.message)) earlier.message += `; ${f.message}`;
      return;
    }
    seen.set(id, f);
    findings.push(f);
  };
  const notes: string[] = [];

  // allowed_signers as it is now.
  let signersText = '';
  try {
    signersText = await fs.readFile(log.allowedSignersPath, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    notes.push(`${log.relDir}/allowed_signers does not exist: no signature can be trusted`);
  }
  const signers = parseAllowedSigners(signersText);
  for (const p of signers.problems) notes.push(`${log.relDir}/allowed_signers line ${p.line}: ${p.message} (ignored)`);

  const statePath = opts.statePath ?? defaultStatePath(log);
  const stateFile = await loadState(statePath, log);
  const guess = stateFile.branches[stateFile.last ?? '']?.commit;

  // Git, all questions at once (starting processes is the slow part of an incremental run): where is HEAD and on
  // which branch, is the last verified commit still in its history, what happened to the log's files since (or ever).
  const cwd = log.repoRoot;
  const logArgs = (range: string) => ['log', range, '--format=%x00%H', '--name-status', '-M', '--', `${log.relDir}/batches`, `${log.relDir}/checkpoints`];
  const statusArgs = ['status', '--porcelain=v1', '-z', '--no-renames', '--untracked-files=no', '--', `${log.relDir}/batches`, `${log.relDir}/checkpoints`];
  const settle = <T>(p: Promise<T>): Promise<T | Error> => p.catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));
  const revP = settle(runGit(cwd, ['rev-parse', '--show-toplevel', '--show-prefix', 'HEAD', '--symbolic-full-name', 'HEAD']));
  const guessAncestorP = guess ? isAncestor(cwd, guess, 'HEAD') : Promise.resolve(false);
  const guessLogP = guess && opts.incremental ? settle(runGit(cwd, logArgs(`${guess}..HEAD`))) : undefined;
  const fullLogP = opts.incremental ? undefined : settle(runGit(cwd, logArgs('HEAD')));
  const statusP = opts.incremental ? undefined : settle(runGit(cwd, statusArgs));
  const catFile = startCatFile(cwd);

  let git: GitFacts | undefined;
  let gitNote: string | undefined;
  let topPrefix = '';
  let branchKey: string | undefined = '';
  const rev = await revP;
  if (rev instanceof GitUnavailable) {
    gitNote = rev.message;
    notes.push(rev.message);
  } else {
    let lines: string[];
    if (rev instanceof Error) {
      lines = (await runGit(cwd, ['rev-parse', '--show-toplevel', '--show-prefix'])).split('\n'); // no commit yet
    } else {
      lines = rev.split('\n');
    }
    topPrefix = lines[1] ?? '';
    const head = lines[2]?.trim() || undefined;
    const ref = lines[3]?.trim();
    branchKey = ref && ref !== 'HEAD' ? ref : undefined;
    if (head && !branchKey) notes.push('detached HEAD: nothing is remembered between runs (no incremental mode, no rollback memory)');
    git = { top: lines[0], rel: `${topPrefix}${log.relDir}`, head, addedIn: new Map() };
  }
  const toRepoRel = (p: string) => (p.startsWith(topPrefix) ? p.slice(topPrefix.length) : p);
  const state = branchKey !== undefined ? stateFile.branches[branchKey] : undefined;
  let incremental = !!opts.incremental && !!state;
  if (opts.incremental && !state) notes.push('no earlier successful verify is recorded for this branch: verifying everything');
  const since = state?.commit;

  // Is the last verified commit still in HEAD's history?
  let stateTrusted = !git && !!state; // without git, the recorded file list is the only memory of what existed
  let historyText: string | undefined;
  let statusText = '';
  if (git && git.head) {
    const ancestor = since === guess ? await guessAncestorP : since ? await isAncestor(cwd, since, 'HEAD') : false;
    if (since && (since === git.head || ancestor)) {
      stateTrusted = true;
      if (incremental) {
        const out = since === git.head ? '' : since === guess && guessLogP ? await guessLogP : await settle(runGit(cwd, logArgs(`${since}..HEAD`)));
        historyText = out instanceof Error ? undefined : out;
      }
    } else if (since) {
      add({
        kind: 'history_rewrite',
        path: log.relDir,
        commit: since,
        message: `the last verified commit ${since.slice(0, 12)} of ${branchKey} is no longer in its history (history rewritten)`,
      });
      incremental = false;
    }
    if (historyText === undefined) {
      const out = (await fullLogP) ?? (await runGit(cwd, logArgs('HEAD')));
      if (out instanceof Error) throw out;
      historyText = out;
    }
    if (!incremental) {
      // Uncommitted deletions and changes of committed files (in incremental mode the recorded sizes catch them).
      const st = (await statusP) ?? (await runGit(cwd, statusArgs));
      if (st instanceof Error) throw st;
      statusText = st;
    }
  }

  // Git history of the log: only additions are legitimate.
  if (git && git.head) {
    const g = git;
    const out = historyText ?? '';
    const status = statusText;
    for (const chunk of out.split('\0')) {
      const lines = chunk.split('\n').filter((l) => l !== '');
      if (lines.length === 0) continue;
      const commit = lines[0];
      for (const l of lines.slice(1)) {
        const parts = l.split('\t');
        const st = parts[0];
        const path = toRepoRel(parts[1]);
        const isCheckpoint = path.startsWith(`${log.relDir}/checkpoints/`);
        if (st === 'A') {
          g.addedIn.set(path, commit); // newest first: the last one seen is the earliest addition
        } else if (st === 'D') {
          add(
            isCheckpoint
              ? { kind: 'inconsistent_checkpoint', path, commit, message: `checkpoint file deleted in commit ${commit.slice(0, 12)} (rolled back)` }
              : { kind: 'deleted', path, commit, message: `deleted in commit ${commit.slice(0, 12)}` },
          );
        } else if (st === 'M' || st === 'T') {
          add(
            isCheckpoint
              ? { kind: 'inconsistent_checkpoint', path, commit, message: `checkpoint file changed in commit ${commit.slice(0, 12)}` }
              : { kind: 'modified', path, commit, message: `changed in commit ${commit.slice(0, 12)}` },
          );
        } else if (st.startsWith('R') || st.startsWith('C')) {
          const to = toRepoRel(parts[2]);
          if (st.startsWith('R')) {
            add({ kind: 'history_rewrite', path, commit, message: `renamed to ${to} in commit ${commit.slice(0, 12)}` });
          }
          g.addedIn.set(to, commit);
        }
      }
    }
    for (const entry of status.split('\0')) {
      if (entry.length < 4) continue;
      const xy = entry.slice(0, 2);
      const path = toRepoRel(entry.slice(3));
      const isCheckpoint = path.startsWith(`${log.relDir}/checkpoints/`);
      if (xy.includes('D')) {
        add(
          isCheckpoint
            ? { kind: 'inconsistent_checkpoint', path, message: 'committed checkpoint file deleted from the work tree (rolled back)' }
            : { kind: 'deleted', path, message: 'committed batch file deleted from the work tree' },
        );
      } else if (xy.includes('M')) {
        add(
          isCheckpoint
            ? { kind: 'inconsistent_checkpoint', path, message: 'committed checkpoint file changed in the work tree' }
            : { kind: 'modified', path, message: 'committed file changed in the work tree' },
        );
      }
    }
  } else if (git) {
    notes.push('the repository has no commit yet: no history checks');
  }

  // The batches.
  const { batches, stray, signatures } = await listBatchFiles(log);
  for (const s of stray) notes.push(`${s}: not a batch file (ignored)`);
  const batchRels = new Set(batches.map((b) => b.rel));
  for (const sig of signatures) {
    if (!batchRels.has(sig.slice(0, -'.sig'.length))) notes.push(`${sig}: a signature without its batch (left by an interrupted append; safe to delete)`);
  }
  const present = new Set(batches.map((b) => b.name));
  // Synchronous: a thousand stats are quicker in one go than through the thread pool.
  const stats = batches.map((b) => statSync(b.path));
  const toCheck: BatchFile[] = [];
  const skipped: BatchFile[] = [];
  batches.forEach((b, i) => {
    const prev = state?.files[b.rel];
    if (incremental && prev && prev[0] === stats[i].size && prev[1] === stats[i].mtimeMs) skipped.push(b);
    else toCheck.push(b);
  });

  // Deletions since the last verify (without git, this is the only record of what existed).
  if (state && stateTrusted) {
    for (const rel of Object.keys(state.files)) {
      const name = rel.slice(rel.lastIndexOf('/') + 1, -'.jsonl'.length);
      if (!present.has(name) && !batchRels.has(rel)) {
        add({ kind: 'deleted', path: rel, message: 'verified earlier, now missing' });
      }
    }
  }

  // allowed_signers at the commits that added batches (one git process for all).
  const signersAt = new Map<string, AllowedSignersFile>();
  if (git) {
    const commits = [...new Set(toCheck.map((b) => git!.addedIn.get(b.rel)).filter((c): c is string => !!c))];
    const spec = (c: string) => `${c}:${git!.rel}/allowed_signers`;
    const blobs = await catFile.read(commits.map(spec));
    for (const c of commits) signersAt.set(c, parseAllowedSigners(blobs.get(spec(c)) ?? ''));
  } else {
    catFile.close();
  }

  let events = 0;
  const eventCounts = new Map<string, number>();
  const parentsToCheck: { batch: BatchFile; parents: string[] }[] = [];
  const contents = await mapLimit(toCheck, 16, async (b) => ({
    bytes: await fs.readFile(b.path),
    sig: await fs.readFile(`${b.path}.sig`, 'utf8').catch(() => undefined),
  }));
  const hashes = contents.map((c) => createHash('sha256').update(c.bytes).digest('hex'));
  toCheck.forEach((b, i) => {
    const { bytes, sig } = contents[i];
    const hash = hashes[i];
    if (hash !== b.name) {
      if (present.has(hash)) {
        add({ kind: 'replayed', path: b.rel, message: `a copy of batch ${hash} under another name` });
      } else {
        add({ kind: 'modified', path: b.rel, message: `content hashes to ${hash.slice(0, 16)}…, not to its name` });
      }
      return;
    }
    const text = bytes.toString('utf8');
    if (!text.endsWith('\n')) {
      add({ kind: 'non_canonical', path: b.rel, message: 'the last line does not end with a newline' });
      return;
    }
    const lines = text.slice(0, -1).split('\n');
    let header: BatchHeader | undefined;
    for (let n = 0; n < lines.length; n++) {
      const parsed = parseCanonical(lines[n]);
      if ('error' in parsed) {
        add({ kind: 'non_canonical', path: b.rel, message: `line ${n + 1}: ${parsed.error}` });
        return;
      }
      if (n === 0) header = parsed.value as BatchHeader;
    }
    const headerProblem = checkHeader(header, lines.length - 1);
    if (headerProblem) {
      add({ kind: 'non_canonical', path: b.rel, message: `line 1: ${headerProblem}` });
      return;
    }
    const h = header!;
    events += lines.length - 1;
    eventCounts.set(b.rel, lines.length - 1);
    if (log.logId !== 'unknown' && h.log !== log.logId) {
      add({ kind: 'replayed', path: b.rel, message: `belongs to another log (${h.log}), not to this one (${log.logId})` });
      return;
    }
    // A copy under its own name in another month folder (the same name twice can only be so) is caught here.
    if (h.createdAt.slice(0, 7) !== b.month) {
      add({ kind: 'replayed', path: b.rel, message: `created ${h.createdAt} but stored under ${b.month}/ (moved or copied)` });
      return;
    }
    // Signature.
    if (sig === undefined) {
      add({ kind: 'forged', path: b.rel, message: 'no signature (.sig file missing)' });
      return;
    }
    let key;
    try {
      key = sshsigVerify(sig, NAMESPACE, bytes).publicKey;
    } catch (e) {
      add({ kind: 'forged', path: b.rel, message: `signature invalid: ${(e as Error).message}` });
      return;
    }
    if (key.fingerprint !== h.author.key) {
      add({ kind: 'forged', path: b.rel, message: `signed by ${key.fingerprint}, but the header names ${h.author.key}` });
      return;
    }
    if (!findAllowed(signers, h.author.email, key, NAMESPACE)) {
      add({ kind: 'unknown_signer', path: b.rel, message: `key ${key.fingerprint} is not in allowed_signers for ${h.author.email}` });
      return;
    }
    const commit = git?.addedIn.get(b.rel);
    if (commit) {
      const then = signersAt.get(commit);
      if (then && !findAllowed(then, h.author.email, key, NAMESPACE)) {
        add({
          kind: 'unknown_signer',
          path: b.rel,
          commit,
          message: `key ${key.fingerprint} of ${h.author.email} was not in allowed_signers when the batch was committed (${commit.slice(0, 12)}); it was added afterwards`,
        });
        return;
      }
    }
    parentsToCheck.push({ batch: b, parents: h.parents });
  });
  // Where a missing batch was: from git history or the last verify when known.
  const knownPath = (hash: string): string => {
    const suffix = `/${hash}.jsonl`;
    for (const rel of git?.addedIn.keys() ?? []) if (rel.endsWith(suffix)) return rel;
    for (const rel of Object.keys(state?.files ?? {})) if (rel.endsWith(suffix)) return rel;
    return `${log.relDir}/batches/*/${hash}.jsonl`;
  };
  for (const { batch, parents } of parentsToCheck) {
    for (const p of parents) {
      if (!present.has(p)) add({ kind: 'deleted', path: knownPath(p), message: `parent of ${batch.rel} is missing` });
    }
  }
  if (incremental) {
    for (const b of skipped) events += state!.files[b.rel][2] ?? 0;
  }

  // Checkpoints.
  const checkpoints = await listCheckpoints(log);
  const good: { size: number; root: Buffer; leaves: string[]; rel: string }[] = [];
  for (const cp of checkpoints) {
    if (cp.error || !cp.body || !cp.leaves) {
      add({ kind: 'inconsistent_checkpoint', path: cp.rel, message: cp.error ?? 'unreadable' });
      continue;
    }
    const sigCheck = checkNoteSignature(cp.text, signers);
    if ('error' in sigCheck) {
      add({ kind: 'forged', path: cp.rel, message: `checkpoint signature: ${sigCheck.error}` });
      continue;
    }
    if (cp.body.origin !== checkpointOrigin(log)) {
      add({ kind: 'inconsistent_checkpoint', path: cp.rel, message: `origin "${cp.body.origin}" is not this log's (${checkpointOrigin(log)})` });
      continue;
    }
    if (cp.leaves.length !== cp.body.size || !rootHash(leafHashesOf(cp.leaves)).equals(cp.body.root)) {
      add({ kind: 'inconsistent_checkpoint', path: cp.rel, message: 'its leaves do not give the signed size and root hash' });
      continue;
    }
    for (const leaf of cp.leaves) {
      if (!present.has(leaf)) add({ kind: 'deleted', path: knownPath(leaf), message: `covered by ${cp.rel} but missing` });
    }
    good.push({ size: cp.body.size, root: cp.body.root, leaves: cp.leaves, rel: cp.rel });
  }
  for (let i = 1; i < good.length; i++) {
    const a = good[i - 1];
    const b = good[i];
    if (!consistent(a, b.leaves, b.root)) {
      add({ kind: 'inconsistent_checkpoint', path: b.rel, message: `does not extend ${a.rel} (consistency proof from size ${a.size} to ${b.size} fails)` });
    }
  }
  const newest = good[good.length - 1];
  if (state?.checkpoint && stateTrusted) {
    const prev = { size: state.checkpoint.size, root: Buffer.from(state.checkpoint.root, 'hex') };
    if (!newest || newest.size < prev.size) {
      add({
        kind: 'inconsistent_checkpoint',
        path: newest?.rel ?? `${log.relDir}/checkpoints`,
        message: `rolled back: the newest checkpoint has ${newest?.size ?? 0} batches, an earlier verify saw one with ${prev.size}`,
      });
    } else if (!consistent(prev, newest.leaves, newest.root)) {
      add({ kind: 'inconsistent_checkpoint', path: newest.rel, message: `does not extend the checkpoint of size ${prev.size} seen at the last verify` });
    }
  }

  const ok = findings.length === 0;
  if (ok && opts.saveState !== false && branchKey !== undefined) {
    const files: Record<string, [number, number, number]> = {};
    batches.forEach((b, i) => (files[b.rel] = [stats[i].size, stats[i].mtimeMs, eventCounts.get(b.rel) ?? state?.files[b.rel]?.[2] ?? 0]));
    stateFile.branches[branchKey] = {
      commit: git?.head,
      files,
      checkpoint: newest ? { size: newest.size, root: newest.root.toString('hex') } : state?.checkpoint,
    };
    stateFile.last = branchKey;
    await fs.mkdir(dirname(statePath), { recursive: true });
    const tmp = `${statePath}.${process.pid}.tmp`;
    await fs.writeFile(tmp, JSON.stringify(stateFile));
    await fs.rename(tmp, statePath);
  }
  return {
    ok,
    findings,
    batches: batches.length,
    events,
    checkpoints: checkpoints.length,
    checkedBatches: toCheck.length,
    incremental,
    git: { used: !!git, head: git?.head, note: gitNote },
    notes,
  };
}

function checkHeader(h: unknown, eventLines: number): string | undefined {
  if (typeof h !== 'object' || h === null || Array.isArray(h)) return 'the header is not an object';
  const x = h as Partial<BatchHeader>;
  if (x.format !== BATCH_FORMAT) return `format is ${JSON.stringify(x.format)}, expected "${BATCH_FORMAT}"`;
  if (typeof x.author?.email !== 'string' || typeof x.author?.key !== 'string') return 'author.email and author.key are required';
  if (typeof x.createdAt !== 'string' || Number.isNaN(Date.parse(x.createdAt))) return 'createdAt is not a date';
  if (!Array.isArray(x.parents) || !x.parents.every((p) => typeof p === 'string' && HASH_NAME.test(p))) return 'parents must be batch hashes';
  if (x.events !== eventLines) return `the header counts ${x.events} events, the file has ${eventLines}`;
  return undefined;
}
