// What one line of a batch records: a detection (`scan`) or an action on a resource.

import { isAbsolute, relative, sep } from 'node:path';
import type { Difference, JsonValue, Range, ResourceResult, ResourceStatus, ScanReport } from '../scan/types';
import { redactDifference, redactText, scrubValue } from './redact';
import type { RedactionOptions } from './redact';

export type EventKind = 'scan' | 'accept' | 'revert' | 'import' | 'ignore' | 'acknowledge';
export const EVENT_KINDS: readonly EventKind[] = ['scan', 'accept', 'revert', 'import', 'ignore', 'acknowledge'];

export interface LogEvent {
  kind: EventKind;
  /** Terraform address. */
  address: string;
  type: string;
  identifier?: string;
  region?: string;
  account?: string;
  status?: ResourceStatus;
  /** Redacted differences. */
  differences?: Difference[];
  /** Repository-relative path with forward slashes. */
  file?: string;
  range?: Range;
  /** For actions: the state before and after (redacted). */
  before?: JsonValue;
  after?: JsonValue;
  /** For reverts: the Cloud Control client token of the update request. */
  requestToken?: string;
  error?: string;
  note?: string;
}

/** A path relative to the repository, with forward slashes; paths outside the repository stay absolute. */
export function repoRelative(repoRoot: string, file: string): string {
  if (!isAbsolute(file)) return file.split(sep).join('/');
  const rel = relative(repoRoot, file);
  if (rel.startsWith('..') || isAbsolute(rel)) return file.split(sep).join('/');
  return rel.split(sep).join('/');
}

function baseEvent(kind: EventKind, r: ResourceResult, repoRoot: string, redaction: RedactionOptions): LogEvent {
  return {
    kind,
    address: r.address,
    type: r.type,
    identifier: r.identifier,
    region: r.region,
    account: r.account,
    status: r.status,
    differences: r.differences.length ? r.differences.map((d) => redactDifference(r.type, d, redaction)) : undefined,
    file: r.file !== undefined ? repoRelative(repoRoot, r.file) : undefined,
    range: r.range,
    error: r.error !== undefined ? redactText(r.error) : undefined,
  };
}

/** One `scan` event per resource of a scan (or only those given). */
export function scanEvents(
  results: ScanReport | ResourceResult[],
  opts: { repoRoot: string; redaction?: RedactionOptions },
): LogEvent[] {
  const list = Array.isArray(results) ? results : results.resources;
  return list.map((r) => baseEvent('scan', r, opts.repoRoot, opts.redaction ?? {}));
}

/** An action on a resource: accept into code, revert, import, ignore, acknowledge. */
export function actionEvent(
  kind: Exclude<EventKind, 'scan'>,
  result: ResourceResult,
  opts: {
    repoRoot: string;
    redaction?: RedactionOptions;
    before?: JsonValue;
    after?: JsonValue;
    requestToken?: string;
    note?: string;
  },
): LogEvent {
  const redaction = opts.redaction ?? {};
  return {
    ...baseEvent(kind, result, opts.repoRoot, redaction),
    before: scrubValue(opts.before, redaction),
    after: scrubValue(opts.after, redaction),
    requestToken: opts.requestToken,
    note: opts.note !== undefined ? redactText(opts.note) : undefined,
  };
}

/** The final safety net before a line is written: pattern-based scrubbing of every recorded value. */
export function scrubEvent(e: LogEvent, redaction: RedactionOptions): LogEvent {
  if (!e.differences?.length && e.before === undefined && e.after === undefined && e.error === undefined && e.note === undefined) return e;
  return {
    ...e,
    differences: e.differences?.map((d) => redactDifference(e.type, d, redaction)),
    before: scrubValue(e.before, redaction),
    after: scrubValue(e.after, redaction),
    error: e.error !== undefined ? redactText(e.error) : undefined,
    note: e.note !== undefined ? redactText(e.note) : undefined,
  };
}
