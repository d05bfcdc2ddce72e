// The Markdown of the hover on a resource header or on a drifted attribute: expected and live values (redacted by
// the log's rules: a secret is never printed), when they were checked (relative and absolute, "stale" past the
// scan interval), and the last change from the three sources (code, cloud, log). Values are code spans; every
// other text from outside (names, subjects, messages) is Markdown-escaped.
import { displayValue, isRedactionMark, redactDifference, redactText } from '../log/redact';
import type { RedactionOptions } from '../log/redact';
import type { Difference, JsonValue, ResourceResult, ResourceStatus } from '../scan/types';
import type { CloudChange } from './cloud';
import type { CodeChange } from './code';
import type { LogHistory } from './log';

export interface HoverInput {
  /** The resource's scan result (redacted here in any case). Absent: not scanned yet. */
  result?: ResourceResult;
  /** The address and type when there is no result. */
  address?: string;
  type?: string;
  /** The hover is on this attribute (Terraform attribute syntax, a difference's `path`); absent: on the header. */
  attribute?: string;
  /** When the result was checked. */
  checkedAt?: string | Date;
  /** Results older than this many minutes are stale (the scan interval; default 15). */
  intervalMinutes?: number;
  now?: Date;
  code?: CodeChange;
  cloud?: CloudChange;
  log?: LogHistory;
  redaction?: RedactionOptions;
  /** Differences listed on a header hover (default 5). */
  maxDifferences?: number;
}

const MAX_VALUE = 120;

/**
 * Backslash-escapes what would make text Markdown (or HTML) anywhere in a line, and a block marker at its start
 * (`#`, `-`, `1.`); newlines become spaces.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`)
    .replace(/^([#+=>-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A code span that holds `text` whatever backticks it contains. */
export function codeSpan(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ');
  const longest = Math.max(0, ...Array.from(flat.matchAll(/`+/g), (m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || (flat.startsWith(' ') && flat.endsWith(' ') && flat.trim() !== '') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

function truncate(s: string, max = MAX_VALUE): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

/** A (possibly redacted) value as the hover shows it: a code span, or the words "absent" / "redacted". */
function valueMd(v: JsonValue | undefined): string {
  if (v === undefined) return '_absent_';
  if (isRedactionMark(v)) return '_(redacted)_';
  return codeSpan(truncate(displayValue(v)));
}

function utc(d: Date): string {
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function day(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** `5 minutes ago`, `just now`, `3 days ago`. */
export function relativeTime(then: Date, now: Date): string {
  const s = Math.round((now.getTime() - then.getTime()) / 1000);
  const future = s < 0;
  const a = Math.abs(s);
  if (a < 45) return 'just now';
  const units: Array<[number, string]> = [
    [365 * 86400, 'year'],
    [30 * 86400, 'month'],
    [86400, 'day'],
    [3600, 'hour'],
    [60, 'minute'],
  ];
  for (const [size, name] of units) {
    if (a >= size) {
      const n = Math.floor(a / size);
      const t = `${n} ${name}${n === 1 ? '' : 's'}`;
      return future ? `in ${t}` : `${t} ago`;
    }
  }
  return 'just now';
}

const STATUS_TEXT: Record<ResourceStatus, string> = {
  in_sync: 'in sync with the code',
  drifted: 'drifted',
  missing: 'missing: the live resource is gone',
  unmanaged: 'unmanaged: live, but no code or state claims it',
  not_in_state: 'not in the Terraform state (a candidate for an import block)',
  unsupported: 'unsupported type: not checked',
  error: 'could not be checked',
};

function diffLine(d: Difference): string {
  const where = d.kind === 'added' ? ' (set live only)' : d.kind === 'removed' ? ' (gone live)' : '';
  return `- ${codeSpan(d.path)}${where}: expected ${valueMd(d.expected)} (${d.source}), live ${valueMd(d.actual)}`;
}

function checkedLine(input: HoverInput, now: Date): string | undefined {
  if (input.checkedAt === undefined) return input.result ? undefined : '_Not checked yet._';
  const at = input.checkedAt instanceof Date ? input.checkedAt : new Date(input.checkedAt);
  if (Number.isNaN(at.getTime())) return undefined;
  const interval = input.intervalMinutes ?? 15;
  const stale = now.getTime() - at.getTime() > interval * 60_000;
  return `Checked ${relativeTime(at, now)} (${utc(at)})${stale ? ` · **stale**: older than the ${interval}-minute scan interval` : ''}`;
}

function codeLine(c: CodeChange, now: Date): string {
  if (c.kind === 'unavailable') return `**Code** ${escapeMarkdown(c.message)}`;
  const parts: string[] = [];
  if (c.commit) {
    const m = c.commit;
    parts.push(
      `${codeSpan(m.shortHash)} ${escapeMarkdown(m.authorName)}${m.authorEmail ? ` \\<${escapeMarkdown(m.authorEmail)}\\>` : ''}, ${day(m.authorTime)} (${relativeTime(m.authorTime, now)}): ${escapeMarkdown(truncate(redactText(m.subject), 100))}`,
    );
  }
  if (c.uncommittedLines > 0) {
    const all = c.uncommittedLines === c.lines;
    parts.unshift(all ? 'not committed yet' : `not committed yet (${c.uncommittedLines} of ${c.lines} lines); last commit`);
  }
  if (parts.length === 0) parts.push('no lines to blame');
  return `**Code** ${parts.join(' ')}`;
}

function cloudLine(c: CloudChange, now: Date): string {
  if (c.kind !== 'found') return `**Cloud** ${escapeMarkdown(c.message)}`;
  return `**Cloud** ${codeSpan(c.principal)} · ${escapeMarkdown(c.eventName)} · ${utc(c.time)} (${relativeTime(c.time, now)})`;
}

function logLines(l: LogHistory, now: Date): string[] {
  if (l.kind !== 'found') return [`**Log** ${escapeMarkdown(l.message)}`];
  const out = ['**Log**'];
  for (const it of l.items) {
    const when = new Date(it.createdAt);
    const what = `${it.kind}${it.status ? `: ${it.status.replace(/_/g, ' ')}` : ''}${it.differences ? ` (${it.differences} difference${it.differences === 1 ? '' : 's'})` : ''}`;
    const who = `${escapeMarkdown(it.signer.email)}${it.signer.key ? ` ${codeSpan(it.signer.key)}` : ''}`;
    out.push(`- ${Number.isNaN(when.getTime()) ? escapeMarkdown(it.createdAt) : `${utc(when)} (${relativeTime(when, now)})`} · ${escapeMarkdown(what)} · signed by ${who}`);
  }
  if (l.unreadable.length) out.push(`- _${l.unreadable.length} batch file${l.unreadable.length === 1 ? '' : 's'} could not be read_`);
  return out;
}

/** The hover's Markdown for a resource header (no `attribute`) or a drifted attribute. */
export function hoverMarkdown(input: HoverInput): string {
  const now = input.now ?? new Date();
  const r = input.result;
  const type = r?.type ?? input.type ?? '';
  const address = r?.address ?? input.address ?? '';
  const diffs = (r?.differences ?? []).map((d) => redactDifference(type, d, input.redaction ?? {}));
  const blocks: string[] = [];

  if (input.attribute !== undefined) {
    const attr = input.attribute;
    const mine = diffs.filter((d) => d.path === attr || d.path.startsWith(`${attr}.`) || d.path.startsWith(`${attr}[`));
    const head = [`**${codeSpan(address)}** ${codeSpan(attr)}`];
    if (mine.length === 0) {
      if (r) head.push(r.status === 'drifted' || r.status === 'in_sync' ? '· in sync' : `· ${escapeMarkdown(STATUS_TEXT[r.status])}`);
      blocks.push(head.join(' '));
    } else if (mine.length === 1 && mine[0]!.path === attr) {
      const d = mine[0]!;
      blocks.push(`${head.join(' ')} · ${d.kind === 'changed' ? 'live value differs' : d.kind === 'added' ? 'set live, not in the code' : 'gone live'}`);
      blocks.push([`- Expected (${d.source}): ${valueMd(d.expected)}`, `- Live: ${valueMd(d.actual)}`].join('\n'));
    } else {
      blocks.push(`${head.join(' ')} · ${mine.length} differences`);
      blocks.push(mine.map(diffLine).join('\n'));
    }
  } else {
    const parts = [`**${codeSpan(address)}**`];
    if (r) {
      parts.push(`· ${escapeMarkdown(STATUS_TEXT[r.status])}`);
      if (r.status === 'drifted') parts.push(`(${diffs.length} difference${diffs.length === 1 ? '' : 's'})`);
    }
    blocks.push(parts.join(' '));
    const where = [r?.cloudType ? codeSpan(r.cloudType) : '', r?.identifier ? codeSpan(truncate(r.identifier, 80)) : '', r?.region ? escapeMarkdown(r.region) : '']
      .filter((s) => s !== '')
      .join(' · ');
    if (where) blocks.push(where);
    if (r?.error) blocks.push(`Reason: ${escapeMarkdown(truncate(redactText(r.error), 300))}`);
    if (diffs.length) {
      const max = Math.max(1, input.maxDifferences ?? 5);
      const lines = diffs.slice(0, max).map(diffLine);
      if (diffs.length > max) lines.push(`- _and ${diffs.length - max} more_`);
      blocks.push(lines.join('\n'));
    }
  }

  const checked = checkedLine(input, now);
  if (checked) blocks.push(checked);

  const sources: string[] = [];
  if (input.code) sources.push(codeLine(input.code, now));
  if (input.cloud) sources.push(cloudLine(input.cloud, now));
  if (input.log) sources.push(logLines(input.log, now).join('\n'));
  if (sources.length) {
    blocks.push('---');
    blocks.push(...sources);
  }
  return blocks.join('\n\n');
}
