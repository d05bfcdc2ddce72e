// `driftlog log verify|show|checkpoint|prove`: a thin shell over server/src/engine/log.
import { resolve } from 'node:path';
import {
  LogError,
  checkpoint,
  displayValue,
  fileSigner,
  gitInfo,
  openLog,
  prove,
  repoRootOf,
  show,
  verify,
  FINDING_KINDS,
} from '../engine/log/index';
import type { Finding } from '../engine/log/index';

const USAGE = `Usage:
  driftlog log verify [DIR] [--incremental] [--json] [--log-dir PATH]
      Check the audit log: names equal hashes, canonical lines, signatures against allowed_signers (and present
      when the batch was committed), parents, checkpoints, and git history (no deletion, change or rename).
      Exit 0 when valid, 1 with every finding listed by kind (${FINDING_KINDS.join(', ')}).
  driftlog log show [DIR] [--resource ADDRESS] [--since DATE] [--limit N] [--json] [--log-dir PATH]
      The recorded history, oldest first.
  driftlog log checkpoint [DIR] [--key-dir PATH] [--log-dir PATH]
      Sign a tlog checkpoint (RFC 6962 Merkle tree of all batches) under .driftlog/checkpoints/.
  driftlog log prove BATCH [DIR] [--json] [--log-dir PATH]
      Print the inclusion proof of a batch (its sha256 or path) in the newest checkpoint covering it.

DIR defaults to the current directory; the log is .driftlog/ at the top of its git work tree.`;

interface Args {
  positional: string[];
  flags: Record<string, string | true>;
}

const VALUE_FLAGS = new Set(['--resource', '--since', '--limit', '--log-dir', '--key-dir']);
const BOOL_FLAGS = new Set(['--json', '--incremental', '--help', '-h']);

function parseArgs(argv: string[]): Args {
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.indexOf('=');
    const name = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    if (VALUE_FLAGS.has(name)) {
      const v = eq > 0 && a.startsWith('--') ? a.slice(eq + 1) : argv[++i];
      if (v === undefined) throw new LogError(`${name} needs a value`);
      flags[name] = v;
    } else if (BOOL_FLAGS.has(a)) {
      flags[a] = true;
    } else if (a.startsWith('-')) {
      throw new LogError(`unknown option ${a}`);
    } else {
      positional.push(a);
    }
  }
  return { positional, flags };
}

function str(v: string | true | undefined): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

async function openFor(dirArg: string | undefined, logDir: string | undefined) {
  const { root } = await repoRootOf(resolve(dirArg ?? '.'));
  return openLog(root, { logDir });
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function out(s: string): void {
  process.stdout.write(s + '\n');
}

function fail(sub: string, e: unknown, json: boolean): number {
  const msg = e instanceof Error ? e.message : String(e);
  if (json) out(JSON.stringify({ error: msg }));
  process.stderr.write(`driftlog log ${sub}: error: ${msg}\n(this is an error, not a finding: nothing was verified)\n`);
  return 1;
}

export async function main(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
    out(USAGE);
    return sub === undefined ? 1 : 0;
  }
  let args: Args;
  try {
    args = parseArgs(rest);
  } catch (e) {
    process.stderr.write(`driftlog log ${sub}: ${(e as Error).message}\n\n${USAGE}\n`);
    return 1;
  }
  if (args.flags['--help'] || args.flags['-h']) {
    out(USAGE);
    return 0;
  }
  const json = !!args.flags['--json'];
  const logDir = str(args.flags['--log-dir']);
  try {
    switch (sub) {
      case 'verify':
        return await runVerify(args, json, logDir);
      case 'show':
        return await runShow(args, json, logDir);
      case 'checkpoint':
        return await runCheckpoint(args, logDir);
      case 'prove':
        return await runProve(args, json, logDir);
      default:
        process.stderr.write(`driftlog log: unknown subcommand '${sub}'\n\n${USAGE}\n`);
        return 1;
    }
  } catch (e) {
    return fail(sub, e, json);
  }
}

async function runVerify(args: Args, json: boolean, logDir: string | undefined): Promise<number> {
  if (args.positional.length > 1) throw new LogError('verify takes at most one directory');
  const log = await openFor(args.positional[0], logDir);
  const report = await verify(log, { incremental: !!args.flags['--incremental'] });
  if (json) {
    out(JSON.stringify(report, null, 2));
    return report.ok ? 0 : 1;
  }
  const summary =
    `${log.relDir}: ${plural(report.batches, 'batch', 'batches')}, ${plural(report.events, 'event', 'events')}, ${plural(report.checkpoints, 'checkpoint', 'checkpoints')}` +
    (report.incremental ? ` (incremental: ${report.checkedBatches} batches re-read)` : '') +
    (report.git.used ? `; git history checked at ${report.git.head ? report.git.head.slice(0, 12) : 'no commit'}` : '; no git history checks');
  out(summary);
  for (const n of report.notes) out(`note: ${n}`);
  if (report.ok) {
    out('valid: no findings');
    return 0;
  }
  out(`${report.findings.length} finding${report.findings.length === 1 ? '' : 's'}:`);
  const byKind = new Map<string, Finding[]>();
  for (const f of report.findings) byKind.set(f.kind, [...(byKind.get(f.kind) ?? []), f]);
  for (const kind of FINDING_KINDS) {
    for (const f of byKind.get(kind) ?? []) out(`  ${kind.padEnd(23)} ${f.path}: ${f.message}`);
  }
  return 1;
}

async function runShow(args: Args, json: boolean, logDir: string | undefined): Promise<number> {
  if (args.positional.length > 1) throw new LogError('show takes at most one directory');
  const sinceText = str(args.flags['--since']);
  let since: Date | undefined;
  if (sinceText !== undefined) {
    since = new Date(sinceText);
    if (Number.isNaN(since.getTime())) throw new LogError(`--since "${sinceText}" is not a date (use e.g. 2026-11-01 or 2026-11-01T12:00:00Z)`);
  }
  const limitText = str(args.flags['--limit']);
  const limit = limitText === undefined ? undefined : Number(limitText);
  if (limit !== undefined && (!Number.isInteger(limit) || limit <= 0)) throw new LogError(`--limit "${limitText}" is not a positive integer`);
  const log = await openFor(args.positional[0], logDir);
  const { entries, unreadable } = await show(log, { resource: str(args.flags['--resource']), since, limit });
  if (json) {
    out(JSON.stringify({ entries, unreadable }, null, 2));
    return 0;
  }
  for (const u of unreadable) process.stderr.write(`note: ${u} could not be read (run driftlog log verify)\n`);
  if (entries.length === 0) {
    out('no recorded events' + (args.flags['--resource'] ? ` for ${args.flags['--resource']}` : ''));
    return 0;
  }
  for (const e of entries) {
    const ev = e.event;
    const who = e.author.name ? `${e.author.name} <${e.author.email}>` : e.author.email;
    out(`${e.createdAt}  ${who}  ${ev.kind} ${ev.address}${ev.status ? `  ${ev.status}` : ''}`);
    for (const d of ev.differences ?? []) {
      out(`    ${d.path}: ${displayValue(d.expected)} -> ${displayValue(d.actual)} (${d.kind}, expected from ${d.source})`);
    }
    if (ev.before !== undefined || ev.after !== undefined) out(`    before: ${displayValue(ev.before)}  after: ${displayValue(ev.after)}`);
    if (ev.requestToken) out(`    request token: ${ev.requestToken}`);
    if (ev.error) out(`    error: ${ev.error}`);
    if (ev.note) out(`    note: ${ev.note}`);
  }
  return 0;
}

async function runCheckpoint(args: Args, logDir: string | undefined): Promise<number> {
  if (args.positional.length > 1) throw new LogError('checkpoint takes at most one directory');
  const log = await openFor(args.positional[0], logDir);
  const info = await gitInfo(log.repoRoot).catch(() => ({ userEmail: undefined }));
  if (!info.userEmail) throw new LogError('cannot sign a checkpoint without an identity: set `git config user.email`');
  const signer = await fileSigner({ dir: str(args.flags['--key-dir']) });
  const r = await checkpoint(log, signer, info.userEmail);
  out(r.created ? `wrote ${r.rel}: ${r.size} batches, root ${r.root}` : `nothing new since ${r.rel} (${r.size} batches)`);
  return 0;
}

async function runProve(args: Args, json: boolean, logDir: string | undefined): Promise<number> {
  const [batch, dir, extra] = args.positional;
  if (!batch || extra !== undefined) throw new LogError('usage: driftlog log prove BATCH [DIR]');
  const log = await openFor(dir, logDir);
  const p = await prove(log, batch);
  if (json) {
    out(JSON.stringify(p, null, 2));
    return p.verified ? 0 : 1;
  }
  out(`batch       ${p.batch}`);
  out(`checkpoint  ${p.checkpoint}`);
  out(`leaf index  ${p.leafIndex} of ${p.treeSize}`);
  out(`leaf hash   ${p.leafHash}`);
  out(`root hash   ${p.rootHash}`);
  out('audit path:');
  for (const h of p.proof) out(`  ${h}`);
  out(p.verified ? 'the proof verifies against the checkpoint' : 'THE PROOF DOES NOT VERIFY');
  out('\n' + p.note.trimEnd());
  return p.verified ? 0 : 1;
}
