// Language server entry: a thin shell that wires LSP methods to their handlers. All domain logic is in
// ./engine (shared with the CLI); ./lsp holds the LSP-side state and one handler file per method.
import { createConnection, ProposedFeatures, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { JobScheduler } from './engine/jobs';
import type { ServerContext } from './lsp/context';
import { registerDocumentSymbol } from './lsp/handlers/documentSymbol';
import { registerInitialize } from './lsp/handlers/initialize';
import { registerTextDocumentSync } from './lsp/handlers/textDocumentSync';
import { registerTrust } from './lsp/handlers/trust';
import { registerWorkspaceChanges } from './lsp/handlers/workspaceChanges';
import { registerWorkspaceSymbol } from './lsp/handlers/workspaceSymbol';
import { connectionLogger } from './lsp/logger';
import { SettingsCache } from './lsp/settings';
import { WorkspaceState } from './lsp/workspaceState';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const log = connectionLogger(connection);
const jobs = new JobScheduler((key, err) => log.error(`job ${key} failed: ${err instanceof Error ? err.stack : String(err)}`));

const ctx: ServerContext = {
  connection,
  documents,
  log,
  jobs,
  settings: new SettingsCache(connection, () => ctx.capabilities.configuration),
  workspace: new WorkspaceState(connection, documents, log, jobs),
  capabilities: { configuration: false, workspaceFolders: false, watchedFiles: false },
};

registerInitialize(ctx);
registerTextDocumentSync(ctx);
registerDocumentSymbol(ctx);
registerWorkspaceSymbol(ctx);
registerWorkspaceChanges(ctx);
registerTrust(ctx);

documents.listen(connection);
connection.listen();
