// The one typed place for everything the client and the server say to each other beyond standard LSP:
// command ids, custom requests and notifications, initialization options and the settings section.
// Imported by both processes.
import { NotificationType, NotificationType0 } from 'vscode-languageserver-protocol';

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
