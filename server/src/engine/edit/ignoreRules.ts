// `.driftlog/ignore`: differences the team has decided not to see, kept in the repository beside the audit log.
//
// Syntax, one rule per line:
//
//     # comment
//     <address pattern> [<attribute pattern>]   # trailing comment
//     !<address pattern> [<attribute pattern>]  # negation: shows again what an earlier rule hid
//
// - The address pattern is matched against the full Terraform address (`module.net.aws_subnet.private["a"]`).
//   `*` matches any characters except `.`, `**` any characters (`**.aws_instance.*` matches the type in every
//   module, the root included). A pattern without an index (`aws_instance.web`) matches every instance of a
//   counted or for_each resource. Unmanaged resources have the address `unmanaged:<CloudFormation type>:<identifier>`.
// - The attribute pattern is a Terraform attribute path (`tags.Env`, `tags["cost center"]`, `ingress[0].cidr_blocks`)
//   whose segments may be `*` (any one segment) or `**` (any number of segments). It matches a difference's path
//   or any path below it (`tags` matches `tags.Env`). Omitted, it matches every attribute of the resource (and
//   an unmanaged resource itself).
// - The last matching rule wins, so a `!` rule after a broader one brings differences back.
// - Blank lines and lines starting with `#` are ignored; `#` after whitespace starts a comment.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ResourceResult, ResourceStatus, ScanReport } from '../scan/types';

export const IGNORE_FILE = join('.driftlog', 'ignore');

export interface IgnoreRule {
  negate: boolean;
  address: string;
  /** Path pattern segments; undefined when the rule has no attribute pattern (the whole resource). */
  path?: Array<string | number>;
  /** The attribute pattern as written. */
  pathText?: string;
  file: string;
  line: number;
  addressRe: RegExp;
}

export interface IgnoreParseError {
  file: string;
  /** 1-based. */
  line: number;
  message: string;
}

export function formatIgnoreError(e: IgnoreParseError): string {
  return `${e.file}:${e.line}: ${e.message}`;
}

/** Splits a line into fields at blanks outside `["..."]`, dropping a comment (`#` at the start or after a blank). */
function fields(line: string): { fields: string[]; error?: string } {
  const out: string[] = [];
  let cur = '';
  let inQuote = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (inQuote) {
      cur += c;
      if (c === '\\' && i + 1 < line.length) cur += line[++i];
      else if (c === '"') inQuote = false;
      continue;
    }
    if (c === '"') {
      inQuote = true;
      cur += c;
    } else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]))) break;
    else if (/\s/.test(c)) {
      if (cur) out.push(cur);
      cur = '';
    } else cur += c;
  }
  if (inQuote) return { fields: out, error: 'unterminated quoted key' };
  if (cur) out.push(cur);
  return { fields: out };
}

const ADDRESS_CHARS = /^[A-Za-z0-9_\-.*[\]"':/|@+=,;%~ ]+$/;

function addressRegex(p: string): RegExp {
  let re = '';
  for (let i = 0; i < p.length; i++) {
    if (p.startsWith('**.', i) && (i === 0 || p[i - 1] === '.')) {
      re += '(?:.*\\.)?';
      i += 2;
    } else if (p.startsWith('**', i)) {
      re += '.*';
      i += 1;
    } else if (p[i] === '*') re += '[^.]*';
    else re += p[i].replace(/[\\^$.|?+()[\]{}]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Parses an attribute pattern into segments, or returns an error message. */
export function parsePathPattern(p: string): Array<string | number> | string {
  const out: Array<string | number> = [];
  let i = 0;
  let first = true;
  while (i < p.length) {
    if (!first) {
      if (p[i] === '.') i++;
      else if (p[i] !== '[') return `unexpected "${p[i]}" at column ${i + 1} of ${p}`;
    }
    first = false;
    if (p[i] === '[') {
      const m = /^\[(?:(\d+)|("(?:[^"\\]|\\.)*")|(\*))\]/.exec(p.slice(i));
      if (!m) return `bad index at column ${i + 1} of ${p}: use [0], ["key"] or [*]`;
      out.push(m[1] !== undefined ? Number(m[1]) : m[2] !== undefined ? (JSON.parse(m[2]) as string) : '*');
      i += m[0].length;
      continue;
    }
    const m = /^(\*\*|\*|[A-Za-z_][A-Za-z0-9_-]*)/.exec(p.slice(i));
    if (!m) return `bad attribute name at column ${i + 1} of ${p}`;
    out.push(m[1]);
    i += m[1].length;
  }
  if (out.length === 0) return 'empty attribute pattern';
  return out;
}

/** Parses the text of an ignore file. Bad lines are reported (file:line) and skipped; the others still apply. */
export function parseIgnoreRules(text: string, file = IGNORE_FILE): { rules: IgnoreRule[]; errors: IgnoreParseError[] } {
  const rules: IgnoreRule[] = [];
  const errors: IgnoreParseError[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, idx) => {
    const line = idx + 1;
    const err = (message: string) => errors.push({ file, line, message });
    const f = fields(raw);
    if (f.error) return err(f.error);
    if (f.fields.length === 0) return;
    if (f.fields.length > 2) return err(`expected "<address pattern> [<attribute pattern>]", found ${f.fields.length} fields (quote keys with spaces: tags["a b"])`);
    let address = f.fields[0];
    const negate = address.startsWith('!');
    if (negate) address = address.slice(1);
    if (!address) return err('"!" must be followed by an address pattern');
    if (!ADDRESS_CHARS.test(address)) return err(`the address pattern ${address} has characters a Terraform address cannot hold`);
    const rule: IgnoreRule = { negate, address, file, line, addressRe: addressRegex(address) };
    if (f.fields.length === 2) {
      const p = parsePathPattern(f.fields[1]);
      if (typeof p === 'string') return err(p);
      rule.path = p;
      rule.pathText = f.fields[1];
    }
    rules.push(rule);
  });
  return { rules, errors };
}

/** Reads `<root>/.driftlog/ignore`; no file means no rules. */
export function loadIgnoreRules(root: string): { rules: IgnoreRule[]; errors: IgnoreParseError[] } {
  const file = join(root, IGNORE_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { rules: [], errors: [] };
    return { rules: [], errors: [{ file, line: 0, message: `cannot read: ${(e as Error).message}` }] };
  }
  return parseIgnoreRules(text, file);
}

function pathSegments(p: string): Array<string | number> {
  const out: Array<string | number> = [];
  const re = /([A-Za-z_][A-Za-z0-9_-]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(p))) out.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : (JSON.parse(m[3]) as string)));
  return out;
}

/** Whether the pattern matches the path or a path above it (a prefix). */
function matchPath(pat: Array<string | number>, path: Array<string | number>, i = 0, j = 0): boolean {
  if (i === pat.length) return true;
  const s = pat[i];
  if (s === '**') {
    for (let k = j; k <= path.length; k++) if (matchPath(pat, path, i + 1, k)) return true;
    return false;
  }
  if (j === path.length) return false;
  if (s === '*' || String(s) === String(path[j])) return matchPath(pat, path, i + 1, j + 1);
  return false;
}

function matchAddress(rule: IgnoreRule, address: string): boolean {
  if (rule.addressRe.test(address)) return true;
  // A resource pattern without an index covers every instance.
  const bare = address.replace(/(\[[^\]]*\])+$/, '');
  return bare !== address && rule.addressRe.test(bare);
}

/**
 * Whether a difference (an attribute `path`) of the resource at `address` is ignored: the last matching rule
 * decides. Without `path`, whether the resource as a whole is ignored (rules without an attribute pattern).
 */
export function isIgnored(rules: readonly IgnoreRule[], address: string, path?: string): boolean {
  let ignored = false;
  const segs = path === undefined ? undefined : pathSegments(path);
  for (const r of rules) {
    if (!matchAddress(r, address)) continue;
    if (segs === undefined) {
      if (r.path !== undefined) continue;
    } else if (r.path !== undefined && !matchPath(r.path, segs)) continue;
    ignored = !r.negate;
  }
  return ignored;
}

export interface IgnoreOutcome {
  report: ScanReport;
  /** Differences removed. */
  ignoredDifferences: number;
  /** Drifted resources that became in_sync because every difference was ignored. */
  resourcesNowInSync: number;
  /** Unmanaged resources removed by a rule without an attribute pattern. */
  ignoredUnmanaged: number;
}

/**
 * The report with ignored differences removed: a drifted resource left with none is `in_sync`; an unmanaged
 * resource matched by a whole-resource rule is dropped; the summary is recounted. Other statuses (missing,
 * not_in_state, error, unsupported) are never hidden. The input report is not modified.
 */
export function applyIgnoreRules(report: ScanReport, rules: readonly IgnoreRule[]): IgnoreOutcome {
  let ignoredDifferences = 0;
  let resourcesNowInSync = 0;
  let ignoredUnmanaged = 0;
  const resources: ResourceResult[] = [];
  for (const r of report.resources) {
    if (rules.length === 0) {
      resources.push(r);
      continue;
    }
    if (r.status === 'unmanaged' && isIgnored(rules, r.address)) {
      ignoredUnmanaged++;
      continue;
    }
    if (r.differences.length === 0) {
      resources.push(r);
      continue;
    }
    const kept = r.differences.filter((d) => !isIgnored(rules, r.address, d.path));
    ignoredDifferences += r.differences.length - kept.length;
    if (kept.length === r.differences.length) {
      resources.push(r);
      continue;
    }
    let status: ResourceStatus = r.status;
    if (r.status === 'drifted' && kept.length === 0) {
      status = 'in_sync';
      resourcesNowInSync++;
    }
    resources.push({ ...r, status, differences: kept });
  }
  const summary = Object.fromEntries(Object.keys(report.summary).map((k) => [k, 0])) as Record<ResourceStatus, number>;
  for (const r of resources) summary[r.status] = (summary[r.status] ?? 0) + 1;
  return { report: { ...report, summary, resources }, ignoredDifferences, resourcesNowInSync, ignoredUnmanaged };
}

// ---------------------------------------------------------------------------------------------------------------
// Adding a rule

export interface NewIgnoreRule {
  address: string;
  /** The attribute path; omitted: the whole resource. */
  path?: string;
  comment?: string;
}

const HEADER = [
  '# Driftlog ignore rules: differences not reported by scans.',
  '# <address pattern> [<attribute pattern>]  # comment     (* one segment, ** any, !pattern to show again)',
  '',
];

/** The rule's line. Paths are written as the scan reports them; an address is written as it is. */
export function formatIgnoreRule(rule: NewIgnoreRule): string {
  if (/\s/.test(rule.address.replace(/\["[^"]*"\]/g, ''))) throw new Error(`an address cannot contain blanks: ${rule.address}`);
  const comment = rule.comment ? `  # ${rule.comment.replace(/[\r\n]+/g, ' ')}` : '';
  return `${rule.address}${rule.path ? ' ' + rule.path : ''}${comment}`;
}

/**
 * The new text of an ignore file with the rule appended (`existing` undefined: a new file with a short header).
 * Returns undefined when the same rule (address and path) is already there. Keeps the file's line endings.
 */
export function withIgnoreRule(existing: string | undefined, rule: NewIgnoreRule): string | undefined {
  const line = formatIgnoreRule(rule);
  if (existing === undefined) return [...HEADER, line, ''].join('\n');
  const eol = existing.includes('\r\n') ? '\r\n' : '\n';
  const { rules } = parseIgnoreRules(existing);
  const path = rule.path === undefined ? undefined : JSON.stringify(pathSegments(rule.path));
  if (rules.some((r) => !r.negate && r.address === rule.address && (r.path === undefined ? path === undefined : JSON.stringify(r.path) === path))) return undefined;
  const sep = existing === '' || existing.endsWith('\n') ? '' : eol;
  return existing + sep + line + eol;
}

/** Appends the rule to `<root>/.driftlog/ignore`, creating it. Returns false when the rule was already there. */
export function appendIgnoreRule(root: string, rule: NewIgnoreRule): boolean {
  const file = join(root, IGNORE_FILE);
  const existing = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  const next = withIgnoreRule(existing, rule);
  if (next === undefined) return false;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, next);
  return true;
}
