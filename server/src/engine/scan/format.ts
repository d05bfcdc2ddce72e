// Output formats of a scan report: text (a table for a terminal), JSON (exactly ScanReport) and SARIF 2.1.0 as
// GitHub code scanning accepts it (a rule per status, a result per difference located at the attribute,
// repo-relative URIs under %SRCROOT%, 1-based lines, partialFingerprints that survive line moves).
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { VERSION } from '../../version';
import type { Difference, JsonValue, Range, ResourceResult, ResourceStatus, ScanReport } from './types';
import { RESOURCE_STATUSES } from './types';
import { isAwsType, reportCoverageLine } from './coverage';
import { mappingFor } from '../mapping/index';

/**
 * What `missing` means for a result: the resource is gone from AWS, or, for one that is an element of another
 * resource's list (a policy attachment), it is no longer in that list.
 */
export function missingText(r: Pick<ResourceResult, 'type' | 'cloudType' | 'identifier'>): string {
  const member = mappingFor(r.type)?.member;
  if (member) {
    const list = member.sgRule ? 'rules' : member.prop;
    return `no longer in the ${list} of ${r.cloudType ?? ''} ${r.identifier ?? ''}`.replace(/\s+/g, ' ').trim();
  }
  return 'gone from AWS';
}

export function formatJson(report: ScanReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}

// ---------------------------------------------------------------------------------------------------------------
// Text

const STATUS_LABEL: Record<ResourceStatus, string> = {
  in_sync: 'in sync',
  drifted: 'DRIFTED',
  missing: 'MISSING',
  unmanaged: 'UNMANAGED',
  not_in_state: 'NOT IN STATE',
  unsupported: 'unsupported',
  error: 'ERROR',
};

/** A value as a person reads it: JSON, shortened. */
export function showValue(v: JsonValue | undefined, max = 60): string {
  if (v === undefined) return '(absent)';
  const s = JSON.stringify(v);
  return s.length > max ? s.slice(0, max - 1) + '…' : s;
}

function describeDifference(d: Difference): string {
  const from = d.source === 'config' ? 'code' : 'state';
  switch (d.kind) {
    case 'added':
      return `${d.path}: ${showValue(d.actual)} live, not in ${from}`;
    case 'removed':
      return `${d.path}: ${showValue(d.expected)} in ${from}, absent live`;
    default:
      return `${d.path}: ${showValue(d.expected)} in ${from}, ${showValue(d.actual)} live`;
  }
}

function relPath(file: string | undefined, base: string | undefined): string {
  if (!file) return '';
  if (!base) return file;
  const r = relative(base, file);
  return r.startsWith('..') ? file : r.split(sep).join('/');
}

export interface TextOptions {
  /** Paths are shown relative to this directory. */
  baseDir?: string;
  /** Show in-sync resources too (default true). */
  showInSync?: boolean;
}

export function formatText(report: ScanReport, opts: TextOptions = {}): string {
  const rows: string[][] = [];
  const details = new Map<number, string[]>();
  for (const r of report.resources) {
    if (r.status === 'in_sync' && opts.showInSync === false) continue;
    const where = r.file ? `${relPath(r.file, opts.baseDir)}:${(r.range?.start.line ?? 0) + 1}` : '';
    const id = r.identifier ?? '';
    let detail = '';
    if (r.status === 'drifted') detail = `${r.differences.length} difference${r.differences.length === 1 ? '' : 's'}`;
    else if (r.status === 'error' || r.status === 'unsupported') detail = r.error ?? '';
    else if (r.status === 'missing') detail = missingText(r);
    else if (r.status === 'unmanaged') detail = `${r.cloudType}: in AWS, not in code or state`;
    else if (r.status === 'not_in_state') detail = 'in code, not in state' + (r.differences.length ? `; ${r.differences.length} difference(s)` : '');
    rows.push([STATUS_LABEL[r.status], r.status === 'unmanaged' ? r.type : r.address, id, r.region ?? '', where, detail]);
    if (r.differences.length) details.set(rows.length - 1, r.differences.map(describeDifference));
  }
  const header = ['STATUS', 'RESOURCE', 'IDENTIFIER', 'REGION', 'FILE', 'DETAIL'];
  // Long cells are cut (with …) so that the table stays a table; the detail column is never cut.
  const caps = [16, 60, 64, 16, 40, Infinity];
  const widths = header.map((h, i) => Math.min(caps[i], Math.max(h.length, ...rows.map((r) => r[i].length))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.length > widths[i] ? c.slice(0, widths[i] - 1) + '…' : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  const out: string[] = [];
  if (rows.length) {
    out.push(line(header));
    rows.forEach((r, i) => {
      out.push(line(r));
      for (const d of details.get(i) ?? []) out.push(`    ${d}`);
    });
    out.push('');
  }
  const counts = RESOURCE_STATUSES.filter((s) => report.summary[s] > 0).map((s) => `${report.summary[s]} ${STATUS_LABEL[s].toLowerCase()}`);
  out.push(`${report.resources.length} resource${report.resources.length === 1 ? '' : 's'}: ${counts.join(', ') || 'none'}`);
  if (report.coverage) {
    out.push(reportCoverageLine(report.coverage));
    for (const t of report.coverage.unchecked) if (isAwsType(t.type)) out.push(`  ${t.type}: ${t.reason}`);
  }
  for (const n of report.notes ?? []) out.push(`note: ${n}`);
  return out.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------------------------
// SARIF

const RULES: Record<Exclude<ResourceStatus, 'in_sync'>, { id: string; name: string; short: string; full: string; level: 'error' | 'warning' | 'note' }> = {
  drifted: {
    id: 'driftlog/drifted',
    name: 'DriftedAttribute',
    short: 'The live value of an attribute differs from the code or the state',
    full: 'The live AWS resource differs from what the Terraform code (or, where the code cannot be evaluated, the state) says for this attribute.',
    level: 'error',
  },
  missing: {
    id: 'driftlog/missing',
    name: 'MissingResource',
    short: 'The resource is in the state but gone from AWS',
    full: 'Terraform state records this resource, but it no longer exists in AWS: it was deleted outside Terraform.',
    level: 'error',
  },
  unmanaged: {
    id: 'driftlog/unmanaged',
    name: 'UnmanagedResource',
    short: 'A live resource that no code or state claims',
    full: 'This AWS resource exists in an account and region the workspace manages, with a type the workspace uses, but no Terraform resource claims it.',
    level: 'warning',
  },
  not_in_state: {
    id: 'driftlog/not-in-state',
    name: 'NotInState',
    short: 'The resource is in the code but not in the state',
    full: 'The code declares this resource but the Terraform state does not hold it: apply has not run, or it exists and could be imported with an import block.',
    level: 'warning',
  },
  unsupported: {
    id: 'driftlog/unsupported',
    name: 'UnsupportedType',
    short: 'Drift is not checked for this resource type',
    full: 'Driftlog has no mapping from this Terraform type to a Cloud Control type; the resource was not checked (this is not drift).',
    level: 'note',
  },
  error: {
    id: 'driftlog/error',
    name: 'CheckFailed',
    short: 'The resource could not be checked',
    full: 'Reading the live resource failed (access denied, unknown type, timeout or repeated throttling); the resource was not checked (this is not drift).',
    level: 'note',
  },
};

/** The directory that `%SRCROOT%` stands for: the git work tree holding `dir`, else `dir` itself. */
export function sourceRoot(dir: string): string {
  let d = resolve(dir);
  for (;;) {
    if (existsSync(join(d, '.git'))) return d;
    const up = dirname(d);
    if (up === d) return resolve(dir);
    d = up;
  }
}

function sarifRegion(range: Range | undefined): Record<string, number> {
  if (!range) return { startLine: 1 };
  const region: Record<string, number> = {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
  if (region.endLine < region.startLine || (region.endLine === region.startLine && region.endColumn < region.startColumn)) {
    delete region.endLine;
    delete region.endColumn;
  }
  return region;
}

function fingerprint(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}

export interface SarifOptions {
  /** The repository root URIs are relative to (%SRCROOT%). Defaults to the git root of the first file. */
  srcRoot: string;
}

export function formatSarif(report: ScanReport, opts: SarifOptions): string {
  const srcRoot = resolve(opts.srcRoot);
  const statuses = Object.keys(RULES) as Array<keyof typeof RULES>;
  const rules = statuses.map((s) => ({
    id: RULES[s].id,
    name: RULES[s].name,
    shortDescription: { text: RULES[s].short },
    fullDescription: { text: RULES[s].full },
    help: { text: RULES[s].full, markdown: RULES[s].full },
    defaultConfiguration: { level: RULES[s].level },
    properties: { tags: ['terraform', 'drift', 'aws'], precision: 'very-high', 'problem.severity': RULES[s].level === 'note' ? 'recommendation' : RULES[s].level },
  }));
  const uriOf = (file: string) => relative(srcRoot, file).split(sep).join('/');
  // Unmanaged resources have no file: they are located at a resource of the same type, where one would add them.
  const anchorOf = (r: ResourceResult): { file: string; range?: Range } | undefined => {
    if (r.file) return { file: r.file, range: r.range };
    const same = report.resources.find((o) => o.file && o.type === r.type) ?? report.resources.find((o) => o.file);
    return same?.file ? { file: same.file, range: same.range } : undefined;
  };
  const location = (file: string, range: Range | undefined, address: string) => ({
    physicalLocation: { artifactLocation: { uri: uriOf(file), uriBaseId: '%SRCROOT%' }, region: sarifRegion(range) },
    logicalLocations: [{ fullyQualifiedName: address, kind: 'resource' }],
  });

  const results: unknown[] = [];
  for (const r of report.resources) {
    if (r.status === 'in_sync') continue;
    const rule = RULES[r.status];
    const ruleIndex = statuses.indexOf(r.status);
    const anchor = anchorOf(r);
    const base = (message: string, range: Range | undefined, key: string) => ({
      ruleId: rule.id,
      ruleIndex,
      level: rule.level,
      message: { text: message },
      ...(anchor ? { locations: [location(anchor.file, range, r.address)] } : {}),
      partialFingerprints: { 'driftlogResult/v1': fingerprint(rule.id, key) },
      properties: {
        address: r.address,
        ...(r.cloudType ? { cloudType: r.cloudType } : {}),
        ...(r.identifier ? { identifier: r.identifier } : {}),
        ...(r.region ? { region: r.region } : {}),
      },
    });
    if (r.status === 'drifted' && r.differences.length) {
      for (const d of r.differences) {
        results.push(base(`${r.address}: ${describeDifference(d)}.`, d.range ?? anchor?.range, `${r.address}\u0000${d.path}`));
      }
      continue;
    }
    let message: string;
    switch (r.status) {
      case 'missing':
        message = `${r.address} (${r.cloudType} ${r.identifier}) is in the state but no longer exists in AWS.`;
        break;
      case 'unmanaged':
        message = `${r.cloudType} ${r.identifier} exists in AWS (${r.region ?? 'unknown region'}) but no Terraform resource claims it.`;
        break;
      case 'not_in_state':
        message = `${r.address} is declared but not in the Terraform state${r.identifier ? ` (live identifier ${r.identifier})` : ''}.`;
        break;
      case 'unsupported':
        message = `${r.address}: drift is not checked for ${r.type}${r.error ? ` (${r.error})` : ''}.`;
        break;
      case 'error':
        message = `${r.address} could not be checked (not drift): ${r.error ?? 'unknown error'}.`;
        break;
      default:
        message = `${r.address}: drifted.`;
    }
    results.push(base(message, anchor?.range, r.status === 'unmanaged' ? `${r.cloudType}\u0000${r.identifier}` : r.address));
  }

  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Driftlog',
            semanticVersion: VERSION,
            version: VERSION,
            informationUri: 'https://example.invalid/driftlog',
            rules,
          },
        },
        automationDetails: { id: 'driftlog/scan/' },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(srcRoot + sep).href } },
        invocations: [{ executionSuccessful: true, endTimeUtc: report.scannedAt }],
        results,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
