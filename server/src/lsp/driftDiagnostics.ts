// Scan results -> LSP diagnostics on the current text of a file. Ranges are found again in the current syntax
// tree by attribute path on every re-index, so diagnostics follow edits without a rescan. Values shown are the
// redacted ones: a secret never reaches a diagnostic.
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { isDeepStrictEqual } from 'node:util';
import { literalAt, locatePath } from '../engine/drift/locate';
import { isRedactionMark } from '../engine/log';
import type { Block, IndexedFile } from '../engine/index/model';
import { displayValue } from '../engine/log';
import type { Difference, ResourceResult, ResourceStatus } from '../engine/scan/types';
import { missingText } from '../engine/scan/format';
import { mappingFor } from '../engine/mapping/index';
import type { Severity } from './settings';
import { toRange } from './symbols';

export const README_URL = 'https://github.com/driftlog/driftlog#drift-diagnostics';

export interface DriftDiagnosticData {
  address: string;
  status: ResourceStatus;
  path?: string;
}

const SEVERITY: Record<Exclude<Severity, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** `module.net.aws_subnet.private["a"]` -> `aws_subnet.private`: the block that declares an instance. */
export function blockAddress(address: string): string {
  const noIndex = address.replace(/\[[^\]]*\]$/, '');
  const parts = noIndex.split('.');
  // Drop module.X prefixes (with their keys).
  let i = 0;
  while (parts[i] === 'module') i += 2;
  return parts.slice(i).join('.');
}

export function findBlock(file: IndexedFile, address: string): Block | undefined {
  const want = blockAddress(address);
  return file.body.blocks.find((b) => {
    if (b.type === 'resource' && b.labels.length >= 2) return `${b.labels[0]}.${b.labels[1]}` === want;
    if (b.type === 'data' && b.labels.length >= 2) return `data.${b.labels[0]}.${b.labels[1]}` === want;
    return false;
  });
}

function ago(iso: string | undefined, now: number): string {
  if (!iso) return '';
  const mins = Math.round((now - Date.parse(iso)) / 60000);
  return mins < 1 ? 'just now' : mins < 60 ? `${mins} min ago` : `${Math.round(mins / 60)} h ago`;
}

export interface DriftContext {
  severity: Record<ResourceStatus, Severity>;
  /** ISO time of the scan the results come from, and whether it is older than the scan interval. */
  scannedAt?: string;
  stale: boolean;
  /** `changed by <principal> on <date>` per address, when CloudTrail named one. */
  changedBy?: (address: string) => string | undefined;
  now?: number;
}

function differenceMessage(d: Difference): string {
  if (d.kind === 'added') return `Set in ${d.source === 'config' ? 'the code' : 'the state'} but absent live: expected ${displayValue(d.expected)} (${d.source})`;
  if (d.kind === 'removed') return `Live value not in the ${d.source === 'config' ? 'code' : 'state'}: actual ${displayValue(d.actual)}`;
  return `Live value differs: expected ${displayValue(d.expected)} (${d.source}), actual ${displayValue(d.actual)}`;
}

/** The drift diagnostics of one file, for the results whose resources this file declares. */
export function driftDiagnostics(file: IndexedFile, results: ResourceResult[], ctx: DriftContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const uri = URI.file(file.path).toString();
  const staleNote = ctx.stale ? ` (stale: checked ${ago(ctx.scannedAt, ctx.now ?? Date.now())})` : '';
  for (const r of results) {
    const sev = ctx.severity[r.status];
    if (sev === undefined || sev === 'off' || r.status === 'in_sync') continue;
    const block = findBlock(file, r.address);
    if (!block) continue;
    const header = toRange(file, block.header.start, block.header.end);
    const related: DiagnosticRelatedInformation[] = [{ location: { uri, range: header }, message: r.address }];
    const base = {
      source: 'driftlog',
      severity: SEVERITY[sev],
    };
    const by = ctx.changedBy?.(r.address);
    if (r.status === 'drifted') {
      for (const d of r.differences) {
        // The code was edited to say what AWS says: the drift is resolved in the code, without a rescan.
        if (d.kind === 'changed' && d.actual !== undefined && !isRedactionMark(d.actual)) {
          const now = literalAt(block, d.path);
          if (now && isDeepStrictEqual(now.value, d.actual)) continue;
        }
        const loc = locatePath(block, d.path);
        const range = toRange(file, loc.span.start, loc.matched > 0 ? loc.span.end : block.header.end);
        const code = `drift/${d.kind}`;
        out.push({
          ...base,
          range,
          code,
          codeDescription: { href: README_URL },
          message: `${r.address}: ${d.path}: ${differenceMessage(d)}${by ? `; ${by}` : ''}${staleNote}`,
          relatedInformation: related,
          data: { address: r.address, status: r.status, path: d.path } satisfies DriftDiagnosticData,
        });
      }
      continue;
    }
    const messages: Partial<Record<ResourceStatus, string>> = {
      missing: mappingFor(r.type)?.member ? `${r.address} is ${missingText(r)}` : `${r.address} no longer exists in AWS (${r.cloudType ?? r.type} ${r.identifier ?? ''})`.trim(),
      not_in_state: `${r.address} exists in AWS (${r.identifier ?? 'identifier from the code'}) but not in the Terraform state: import it`,
      unsupported: `${r.address}: drift not checked: ${r.error ?? 'no mapping for this type'}`,
      error: `${r.address}: could not check drift: ${r.error ?? 'unknown error'}`,
    };
    out.push({
      ...base,
      range: header,
      code: `drift/${r.status.replace(/_/g, '-')}`,
      codeDescription: { href: README_URL },
      message: `${messages[r.status] ?? r.status}${by && r.status === 'missing' ? `; ${by}` : ''}${staleNote}`,
      relatedInformation: related,
      data: { address: r.address, status: r.status } satisfies DriftDiagnosticData,
    });
  }
  return out;
}

/** Unmanaged resources have no block: they are shown on the root module's provider block (or first block). */
export function unmanagedDiagnostics(file: IndexedFile, anchor: Block, results: ResourceResult[], ctx: DriftContext): Diagnostic[] {
  const sev = ctx.severity.unmanaged;
  if (!sev || sev === 'off') return [];
  const range = toRange(file, anchor.header.start, anchor.header.end);
  return results
    .filter((r) => r.status === 'unmanaged')
    .map((r) => ({
      source: 'driftlog',
      severity: SEVERITY[sev],
      range,
      code: 'drift/unmanaged',
      codeDescription: { href: README_URL },
      message: `Unmanaged ${r.cloudType} ${r.identifier} in ${r.region}${r.account ? ` (${r.account})` : ''}: nothing in code or state claims it`,
      data: { address: r.address, status: r.status } satisfies DriftDiagnosticData,
    }));
}
