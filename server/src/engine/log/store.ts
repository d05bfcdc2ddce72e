// The log on disk:
//   .driftlog/batches/YYYY-MM/<sha256 of the file>.jsonl   one immutable batch per run, RFC 8785 lines
//   .driftlog/batches/YYYY-MM/<sha256>.jsonl.sig           its detached SSH signature (namespace "driftlog")
//   .driftlog/allowed_signers                              git's format; merged by union (.gitattributes)
//   .driftlog/checkpoints/<size>-<root>.checkpoint|.leaves signed tlog checkpoints and their leaf order
//   .driftlog/log-id                                       the log's id (the root commit in a git repo)
// Files are written to a temp name and renamed, signature first, so a crash or a concurrent writer never leaves a
// half-written or unsigned batch under a real name. Names are unique by content, so branches merge cleanly.

import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { promises as fs, mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { VERSION } from '../../version';
import { canonicalize } from './canonical';
import { scrubEvent } from './events';
import type { LogEvent } from './events';
import { GitUnavailable, runGit } from './git';
import type { RedactionOptions } from './redact';
import type { Signer } from './signer';
import { allowedSignersLine, findAllowed, parseAllowedSigners } from './sshsig';
import type { SshPublicKey } from './sshsig';

export const DEFAULT_LOG_DIR = '.driftlog';
export const NAMESPACE = 'driftlog';
export const BATCH_FORMAT = 'driftlog-batch/1';

export class LogError extends Error {}

export interface Log {
  repoRoot: string;
  /** Absolute path of the log directory. */
  dir: string;
  /** The log directory relative to the repository root, forward slashes. */
  relDir: string;
  batchesDir: string;
  checkpointsDir: string;
  allowedSignersPath: string;
  logId: string;
  /** Headers already read, by batch hash: makes appends cheap in a long-lived process. */
  readonly headerCache: Map<string, { parents: string[]; createdAt: string }>;
}

export interface BatchHeader {
  format: string;
  log: string;
  author: { name?: string; email: string; key: string };
  createdAt: string;
  tool: string;
  git?: { head?: string; branch?: string };
  parents: string[];
  events: number;
  nonce: string;
}

export interface BatchFile {
  /** The name without `.jsonl`: the sha256 of the bytes when untampered. */
  name: string;
  /** `YYYY-MM`. */
  month: string;
  path: string;
  /** Repository-relative, forward slashes. */
  rel: string;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
export const HASH_NAME = /^[0-9a-f]{64}$/;

/** Opens the log of `repoRoot`. Without `create`, a missing log directory is an error (not a finding). */
export async function openLog(repoRoot: string, opts: { logDir?: string; create?: boolean } = {}): Promise<Log> {
  const root = resolve(repoRoot);
  const dir = opts.logDir ? (isAbsolute(opts.logDir) ? opts.logDir : join(root, opts.logDir)) : join(root, DEFAULT_LOG_DIR);
  const log: Log = {
    repoRoot: root,
    dir,
    relDir: relative(root, dir).split(sep).join('/'),
    batchesDir: join(dir, 'batches'),
    checkpointsDir: join(dir, 'checkpoints'),
    allowedSignersPath: join(dir, 'allowed_signers'),
    logId: '',
    headerCache: new Map(),
  };
  let exists = true;
  try {
    if (!(await fs.stat(dir)).isDirectory()) throw new LogError(`${dir} is not a directory`);
  } catch (e) {
    if (e instanceof LogError) throw e;
    exists = false;
  }
  if (!exists && !opts.create) {
    throw new LogError(`no audit log here: ${dir} does not exist (nothing has been recorded yet in ${root})`);
  }
  if (opts.create) await initLog(log);
  log.logId = await readLogId(log);
  return log;
}

async function writeIfAbsent(path: string, content: string): Promise<void> {
  try {
    await fs.writeFile(path, content, { flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
}

async function initLog(log: Log): Promise<void> {
  await fs.mkdir(log.batchesDir, { recursive: true });
  await fs.mkdir(log.checkpointsDir, { recursive: true });
  // Identical content on every branch, so two branches that both start the log still merge cleanly.
  await writeIfAbsent(join(log.dir, '.gitattributes'), 'allowed_signers merge=union\n');
  await writeIfAbsent(join(log.dir, '.gitignore'), '.tmp-*\n*.tmp\n');
  let id: string | undefined;
  try {
    const roots = (await runGit(log.repoRoot, ['rev-list', '--max-parents=0', 'HEAD'])).trim().split('\n').filter(Boolean).sort();
    if (roots.length) id = `git:${roots[0]}`;
  } catch {
    // not a git repository, or no commit yet
  }
  await writeIfAbsent(join(log.dir, 'log-id'), `${id ?? `uuid:${randomUUID()}`}\n`);
  await writeIfAbsent(log.allowedSignersPath, '');
}

async function readLogId(log: Log): Promise<string> {
  try {
    return (await fs.readFile(join(log.dir, 'log-id'), 'utf8')).trim();
  } catch {
    return 'unknown';
  }
}

/** Every `*.jsonl` under batches/ (month folders), in name order. Temp files are skipped. */
export async function listBatchFiles(log: Log): Promise<{ batches: BatchFile[]; stray: string[]; signatures: string[] }> {
  const batches: BatchFile[] = [];
  const stray: string[] = [];
  const signatures: string[] = [];
  let months: string[];
  try {
    months = (await fs.readdir(log.batchesDir)).sort();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { batches, stray, signatures };
    throw e;
  }
  for (const month of months) {
    if (month.startsWith('.')) continue;
    const mdir = join(log.batchesDir, month);
    let files: string[];
    try {
      files = (await fs.readdir(mdir)).sort();
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOTDIR') {
        stray.push(`${log.relDir}/batches/${month}`);
        continue;
      }
      throw e;
    }
    for (const f of files) {
      if (f.startsWith('.tmp-') || f.endsWith('.tmp')) continue;
      if (f.endsWith('.jsonl')) {
        batches.push({ name: f.slice(0, -'.jsonl'.length), month, path: join(mdir, f), rel: `${log.relDir}/batches/${month}/${f}` });
      } else if (f.endsWith('.jsonl.sig')) {
        signatures.push(`${log.relDir}/batches/${month}/${f}`);
      } else {
        stray.push(`${log.relDir}/batches/${month}/${f}`);
      }
    }
    if (!MONTH.test(month)) stray.push(`${log.relDir}/batches/${month}`);
  }
  return { batches, stray, signatures };
}

/** Reads the header line of a batch file (without reading the whole file). */
export async function readHeaderLine(path: string): Promise<string> {
  const fh = await fs.open(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let pos = 0;
    for (;;) {
      const buf = Buffer.alloc(16384);
      const { bytesRead } = await fh.read(buf, 0, buf.length, pos);
      if (bytesRead === 0) break;
      const nl = buf.subarray(0, bytesRead).indexOf(10);
      if (nl >= 0) {
        chunks.push(buf.subarray(0, nl));
        break;
      }
      chunks.push(buf.subarray(0, bytesRead));
      pos += bytesRead;
    }
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    await fh.close();
  }
}

function headerFacts(line: string): { parents: string[]; createdAt: string } | undefined {
  try {
    const h = JSON.parse(line) as Partial<BatchHeader>;
    if (!Array.isArray(h.parents)) return undefined;
    return { parents: h.parents.filter((p): p is string => typeof p === 'string'), createdAt: String(h.createdAt ?? '') };
  } catch {
    return undefined;
  }
}

/** The heads of the batch graph: batches no other batch lists as a parent. Reads only headers not seen before. */
export async function currentHeads(log: Log): Promise<string[]> {
  const present: string[] = [];
  let months: string[];
  try {
    months = readdirSync(log.batchesDir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  for (const month of months) {
    if (!MONTH.test(month)) continue;
    let files: string[];
    try {
      files = readdirSync(join(log.batchesDir, month));
    } catch {
      continue;
    }
    for (const f of files) {
      if (f.length !== 70 || !f.endsWith('.jsonl')) continue;
      const name = f.slice(0, 64);
      if (!HASH_NAME.test(name)) continue;
      present.push(name);
      if (!log.headerCache.has(name)) {
        const facts = headerFacts(await readHeaderLine(join(log.batchesDir, month, f)));
        if (facts) log.headerCache.set(name, facts);
      }
    }
  }
  const referenced = new Set<string>();
  for (const name of present) for (const p of log.headerCache.get(name)?.parents ?? []) referenced.add(p);
  return present.filter((h) => !referenced.has(h)).sort();
}

/** Adds the signer's key to allowed_signers for `principal` unless it is there already. */
export async function ensureAllowedSigner(log: Log, principal: string, key: SshPublicKey): Promise<boolean> {
  let text = '';
  try {
    text = await fs.readFile(log.allowedSignersPath, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  if (findAllowed(parseAllowedSigners(text), principal, key, NAMESPACE)) return false;
  const prefix = text === '' || text.endsWith('\n') ? '' : '\n';
  await fs.appendFile(log.allowedSignersPath, `${prefix}${allowedSignersLine(principal, key, NAMESPACE)}\n`);
  return true;
}

export interface AppendOptions {
  signer: Signer;
  /** git user.name and user.email; the email is the signing principal. */
  author: { name?: string; email?: string };
  /** git HEAD and branch when the batch is written. */
  git?: { head?: string; branch?: string };
  createdAt?: Date;
  /** For the last redaction pass (patterns); events should already be redacted by scanEvents/actionEvent. */
  redaction?: RedactionOptions;
}

export interface AppendResult {
  hash: string;
  path: string;
  rel: string;
  parents: string[];
  events: number;
}

const signerChecked = new WeakMap<Log, Set<string>>();
const madeDirs = new Set<string>();

/** Writes one signed batch; returns where. Never writes an unsigned batch. */
export async function appendBatch(log: Log, events: LogEvent[], opts: AppendOptions): Promise<AppendResult> {
  const email = opts.author.email;
  if (!email) throw new LogError('cannot sign the audit log without an identity: set `git config user.email`');
  const key = opts.signer.publicKey;
  let checked = signerChecked.get(log);
  if (!checked) signerChecked.set(log, (checked = new Set()));
  const signerId = `${email} ${key.line}`;
  if (!checked.has(signerId)) {
    await fs.mkdir(log.dir, { recursive: true });
    await ensureAllowedSigner(log, email, key);
    checked.add(signerId);
  }
  const parents = await currentHeads(log);
  const createdAt = (opts.createdAt ?? new Date()).toISOString();
  const header: BatchHeader = {
    format: BATCH_FORMAT,
    log: log.logId,
    author: { name: opts.author.name, email, key: key.fingerprint },
    createdAt,
    tool: `driftlog ${VERSION}`,
    git: opts.git && (opts.git.head || opts.git.branch) ? { head: opts.git.head, branch: opts.git.branch } : undefined,
    parents,
    events: events.length,
    nonce: randomBytes(8).toString('hex'),
  };
  const lines = [canonicalize(header)];
  for (const e of events) lines.push(canonicalize(scrubEvent(e, opts.redaction ?? {})));
  const bytes = Buffer.from(lines.join('\n') + '\n', 'utf8');
  const hash = createHash('sha256').update(bytes).digest('hex');
  const month = createdAt.slice(0, 7);
  const mdir = join(log.batchesDir, month);
  if (!madeDirs.has(mdir)) {
    await fs.mkdir(mdir, { recursive: true });
    madeDirs.add(mdir);
  }
  const signature = await opts.signer.signSsh(bytes, NAMESPACE);
  const path = join(mdir, `${hash}.jsonl`);
  const tmpBase = join(mdir, `.tmp-${process.pid}-${randomBytes(6).toString('hex')}`);
  // The signature first: a crash between the two renames leaves at most an orphan .sig, never an unsigned batch.
  // Synchronous file calls: a few tens of microseconds each, and no trips through the thread pool, whose
  // scheduling made up the slow tail of appends.
  try {
    writeFileSync(`${tmpBase}.sig`, signature);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    mkdirSync(mdir, { recursive: true }); // the folder was removed since this process made it
    writeFileSync(`${tmpBase}.sig`, signature);
  }
  renameSync(`${tmpBase}.sig`, `${path}.sig`);
  writeFileSync(`${tmpBase}.jsonl`, bytes);
  renameSync(`${tmpBase}.jsonl`, path);
  log.headerCache.set(hash, { parents, createdAt });
  return { hash, path, rel: `${log.relDir}/batches/${month}/${hash}.jsonl`, parents, events: events.length };
}

/** Stages the new batch (and allowed_signers) in git, for the "stage new batch files" setting. */
export async function stageBatch(log: Log, result: AppendResult): Promise<void> {
  try {
    await runGit(log.repoRoot, ['add', '--', result.rel, `${result.rel}.sig`, `${log.relDir}/allowed_signers`, `${log.relDir}/log-id`, `${log.relDir}/.gitattributes`, `${log.relDir}/.gitignore`]);
  } catch (e) {
    if (e instanceof GitUnavailable) throw new LogError(`cannot stage ${result.rel}: ${e.message}`);
    throw e;
  }
}
