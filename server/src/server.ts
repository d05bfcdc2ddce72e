// Language server entry: a thin shell that wires LSP methods to their handlers. All domain logic is in
// ./engine (shared with the CLI); ./lsp holds the LSP-side state and one handler file per method.
import { createConnection, ProposedFeatures, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { JobScheduler } from './engine/jobs';
import type { ServerContext } from './lsp/context';
import { URI } from 'vscode-uri';
import { registerAuditLog } from './lsp/handlers/auditLog';
import { registerCodeAction } from './lsp/handlers/codeAction';
import { registerHover } from './lsp/handlers/hover';
import { registerRevert } from './lsp/handlers/revert';
import { registerDocumentSymbol } from './lsp/handlers/documentSymbol';
import { registerInitialize } from './lsp/handlers/initialize';
import { registerScan } from './lsp/handlers/scan';
import { registerTextDocumentSync } from './lsp/handlers/textDocumentSync';
import { registerTrust } from './lsp/handlers/trust';
import { registerWorkspaceChanges } from './lsp/handlers/workspaceChanges';
import { registerWorkspaceSymbol } from './lsp/handlers/workspaceSymbol';
import { connectionLogger } from './lsp/logger';
import { LiveActions } from './lsp/actions';
import { LogWriter } from './lsp/logWriter';
import { ScanService } from './lsp/scanService';
import { SettingsCache } from './lsp/settings';
import { editorSigner } from './lsp/signing';
import { WorkspaceState } from './lsp/workspaceState';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const log = connectionLogger(connection);
const jobs = new JobScheduler((key, err) => log.error(`job ${key} failed: ${err instanceof Error ? err.stack : String(err)}`));
const settings = new SettingsCache(connection, () => ctx.capabilities.configuration);
const workspace = new WorkspaceState(connection, documents, log, jobs);
const signer = editorSigner(connection, log);
const readText = (path: string) => documents.get(URI.file(path).toString())?.getText();
const logWriter = new LogWriter(() => scans.currentSettings, signer, log);
const scans = new ScanService({
  connection,
  workspace,
  log,
  settingsFor: (folder) => settings.get(folder),
  openFiles: () => documents.all().flatMap((d) => workspace.pathOf(d.uri) ?? []),
  logWriter,
});
const actions = new LiveActions(scans, workspace, connection, logWriter, readText);
workspace.driftProvider = (file) => scans.diagnosticsFor(file);
workspace.onIndexed = () => void scans.start();

const ctx: ServerContext = {
  connection,
  documents,
  log,
  jobs,
  settings,
  workspace,
  scans,
  actions,
  signer,
  capabilities: { configuration: false, workspaceFolders: false, watchedFiles: false },
};

registerInitialize(ctx);
registerTextDocumentSync(ctx);
registerDocumentSymbol(ctx);
registerWorkspaceSymbol(ctx);
registerWorkspaceChanges(ctx);
registerTrust(ctx);
registerScan(ctx);
registerAuditLog(ctx);
registerCodeAction(ctx);
registerHover(ctx);
registerRevert(ctx);

connection.onShutdown(() => scans.dispose());
documents.listen(connection);
connection.listen();
