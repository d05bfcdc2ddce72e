// What every handler gets: the connection, the open documents, settings, logging, the job scheduler and the
// workspace state. Handlers are registered by `register*` functions, one file per LSP method (or family).
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { JobScheduler } from '../engine/jobs';
import type { Signer } from '../engine/log';
import type { LiveActions } from './actions';
import type { ScanService } from './scanService';
import type { Logger } from './logger';
import type { SettingsCache } from './settings';
import type { WorkspaceState } from './workspaceState';

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  log: Logger;
  jobs: JobScheduler;
  settings: SettingsCache;
  workspace: WorkspaceState;
  scans: ScanService;
  /** Recording applied actions, importing unmanaged resources, reverting. */
  actions: LiveActions;
  /** The audit log's signer (the editor's key from SecretStorage), or undefined for the engine's default. */
  signer: () => Promise<Signer | undefined>;
  /** What the client said it supports, from `initialize`. */
  capabilities: { configuration: boolean; workspaceFolders: boolean; watchedFiles: boolean };
}
