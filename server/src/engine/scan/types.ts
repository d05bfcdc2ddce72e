// What a scan produces: one result per resource instance. The CLI prints it (text, JSON, SARIF), the language
// server turns it into diagnostics, and the audit log records it. The JSON output of `driftlog scan` is exactly
// `ScanReport`.

export type ResourceStatus =
  | 'in_sync'
  | 'drifted'
  | 'missing'
  | 'unmanaged'
  | 'not_in_state'
  | 'unsupported'
  | 'error';

export const RESOURCE_STATUSES: readonly ResourceStatus[] = [
  'in_sync',
  'drifted',
  'missing',
  'unmanaged',
  'not_in_state',
  'unsupported',
  'error',
];

/**
 * Statuses that count as drift (`driftlog scan` exits 2): the live resource differs (`drifted`), is gone
 * (`missing`), exists with nothing in code or state claiming it (`unmanaged`), or exists without state
 * (`not_in_state`: `terraform plan` would want to create or import it). `unsupported` was not checked and `error`
 * could not be: neither is ever drift.
 */
export const DRIFT_STATUSES: ReadonlySet<ResourceStatus> = new Set<ResourceStatus>(['drifted', 'missing', 'unmanaged', 'not_in_state']);

/** 0-based line and UTF-16 character, as in LSP. */
export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}

/** A JSON value, or the redaction mark that replaces a secret. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export interface Difference {
  /** Terraform attribute syntax: `instance_type`, `tags.Env`, `ingress[0].from_port`. */
  path: string;
  expected: JsonValue | undefined;
  actual: JsonValue | undefined;
  kind: 'changed' | 'added' | 'removed';
  /** Where the expected value came from. */
  source: 'config' | 'state';
  /** Range of the attribute in the file, when the code sets it. */
  range?: Range;
  /** True when expected/actual were replaced by redaction marks. */
  sensitive?: boolean;
}

export interface ResourceResult {
  /** Full Terraform address: `module.net.aws_subnet.private["a"]`. */
  address: string;
  type: string;
  /** Absolute path of the file that declares it (absent for unmanaged resources). */
  file?: string;
  /** Range of the resource header. */
  range?: Range;
  cloudType?: string;
  identifier?: string;
  region?: string;
  account?: string;
  status: ResourceStatus;
  differences: Difference[];
  /** The reason, for `error` and `unsupported`. */
  error?: string;
}

/** How much of the workspace the scan could check (`driftlog coverage` says the same from the code alone). */
export interface ReportCoverage {
  /** Resources of AWS provider types (aws_*, awscc_*) in the report; unmanaged ones left out. */
  aws: number;
  /** Of those, the ones of a type Driftlog checks. */
  checked: number;
  /** Resources of other providers (random_*, null_* ...), never checked. */
  other: number;
  /** The types not checked, most resources first: how many resources and why. */
  unchecked: Array<{ type: string; count: number; reason: string }>;
}

export interface ScanReport {
  version: string;
  scannedAt: string;
  summary: Record<ResourceStatus, number>;
  /** What could be checked, by type. */
  coverage?: ReportCoverage;
  resources: ResourceResult[];
  /** What the scan could not check, one line each (a type that cannot be listed, so no `unmanaged` for it). */
  notes?: string[];
}
