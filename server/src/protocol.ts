// The one typed place for everything the client and the server say to each other beyond standard LSP:
// command ids, custom requests and notifications, initialization options and the settings section.
// Imported by both processes.
import { NotificationType, NotificationType0, RequestType, RequestType0 } from 'vscode-languageserver-protocol';
import type { ResourceStatus, ScanReport } from './engine/scan/types';

export const SETTINGS_SECTION = 'driftlog';
export const CLIENT_ID = 'driftlog';
export const CLIENT_NAME = 'Driftlog';

export const Commands = {
  scanWorkspace: 'driftlog.scanWorkspace',
  scanFile: 'driftlog.scanFile',
  scanResource: 'driftlog.scanResource',
  stopScan: 'driftlog.stopScan',
  verifyLog: 'driftlog.verifyLog',
  showReport: 'driftlog.showReport',
  createCheckpoint: 'driftlog.createCheckpoint',
  showOutput: 'driftlog.showOutput',
} as const;
export type CommandId = (typeof Commands)[keyof typeof Commands];

/** Sent by the client in `initialize`. */
export interface InitializationOptions {
  /** `vscode.workspace.isTrusted` at start. Untrusted: index, outline and syntax errors only. */
  trusted: boolean;
  /** Extension storage for the parse cache (absent: no persistent cache). */
  storagePath?: string;
}

/** Client -> server: the user granted workspace trust. Trust is never revoked without a reload. */
export const TrustGrantedNotification = new NotificationType0('driftlog/trustGranted');

export interface IndexStatus {
  state: 'indexing' | 'idle';
  /** Files indexed so far, and how many were found. */
  indexed: number;
  total: number;
  /** Files skipped (not UTF-8, binary, too large). */
  skipped: number;
}

/** Server -> client: indexing progress, for the status item and for tests that wait for the index. */
export const IndexStatusNotification = new NotificationType<IndexStatus>('driftlog/indexStatus');

// ---------------------------------------------------------------------------------------------------------------
// Scanning, the report, the log and actions (the editor experience).

/** Client-side commands that code actions carry (not in the palette). */
export const InternalCommands = {
  /** Arguments: RevertArgs. Shows the modal confirmation, then sends RevertRequest. */
  revert: 'driftlog.revert',
  /** Arguments: a range to reveal in a file (the report view's click). */
  openLocation: 'driftlog.openLocation',
  /** Arguments: an address: opens the side-by-side webview for one resource. */
  showResource: 'driftlog.showResource',
} as const;

/** Server-side commands (workspace/executeCommand), carried by code actions. */
export const ServerCommands = {
  /** Arguments: RecordActionArgs. Appends the action to the audit log after the client applied its edit. */
  recordAction: 'driftlog.server.recordAction',
  /** Arguments: RecordActionArgs. Reads the live resource, writes import + resource blocks, records it. */
  importUnmanaged: 'driftlog.server.importUnmanaged',
} as const;

export type ScanScope =
  | { kind: 'workspace' }
  | { kind: 'file'; uri: string }
  | { kind: 'resource'; uri: string; position: { line: number; character: number } };

export interface ScanParams {
  scope: ScanScope;
}

export interface ScanStatus {
  state: 'scanning' | 'idle' | 'disabled';
  /** Why scanning is disabled or what last went wrong (no credentials, untrusted). Never a secret. */
  reason?: string;
  done: number;
  total: number;
  summary?: Record<ResourceStatus, number>;
  /** ISO time of the last finished scan. */
  scannedAt?: string;
}

export interface ScanResultSummary {
  cancelled: boolean;
  summary: Record<ResourceStatus, number>;
  scannedAt?: string;
  error?: string;
}

/** Client -> server: scan now (palette commands). Cancelling the request stops the scan's API calls. */
export const ScanRequest = new RequestType<ScanParams, ScanResultSummary, void>('driftlog/scan');
/** Client -> server: stop every running scan. */
export const StopScanNotification = new NotificationType0('driftlog/stopScan');
/** Server -> client: scan progress and the last scan's counts (status item, progress notification). */
export const ScanStatusNotification = new NotificationType<ScanStatus>('driftlog/scanStatus');

/** The last results, secrets redacted, for the report view and the webview. */
export const ReportRequest = new RequestType0<ScanReport | null, void>('driftlog/report');

export interface HistoryParams {
  address: string;
}
export interface HistoryItem {
  kind: string;
  createdAt: string;
  signer: string;
  status?: string;
  summary: string;
}
export const HistoryRequest = new RequestType<HistoryParams, HistoryItem[], void>('driftlog/history');

export interface VerifyLogResult {
  ok: boolean;
  batches: number;
  events: number;
  findings: Array<{ kind: string; file?: string; message: string }>;
  error?: string;
}
export const VerifyLogRequest = new RequestType0<VerifyLogResult, void>('driftlog/verifyLog');

export interface CheckpointResult {
  ok: boolean;
  message: string;
  file?: string;
}
export const CheckpointRequest = new RequestType0<CheckpointResult, void>('driftlog/checkpoint');

export interface RevertArgs {
  uri: string;
  address: string;
}

/** What a revert would change, read fresh from AWS, for the modal confirmation (values redacted). */
export interface RevertPlanResult {
  ok: boolean;
  /** Why it cannot be reverted (create-only: suggests `terraform apply`; already in sync; no longer exists). */
  reason?: string;
  changes: Array<{ path: string; live: string; code: string }>;
  /** Attributes left alone, with why. */
  notes?: string[];
}
/** Client -> server: plan a revert, without changing anything. */
export const RevertPlanRequest = new RequestType<RevertArgs, RevertPlanResult, void>('driftlog/revertPlan');
export interface RevertResult {
  ok: boolean;
  message: string;
  requestToken?: string;
}
/** Client -> server, after the user confirmed: revert the live resource to the code. */
export const RevertRequest = new RequestType<RevertArgs, RevertResult, void>('driftlog/revert');

export interface RecordActionArgs {
  kind: 'accept' | 'ignore' | 'import';
  uri: string;
  address: string;
  path?: string;
}

/**
 * Server -> client: the Ed25519 seed (base64) of this user's Driftlog signing key, kept in VS Code's
 * SecretStorage (generated there on first use). Answered only in a trusted workspace.
 */
export const SigningKeyRequest = new RequestType0<{ seed: string } | null, void>('driftlog/signingKey');
