// Extension entry (the client): starts the Driftlog language server over IPC and connects VS Code to it.
// Domain logic lives in the server; this file wires VS Code's UI (output channel, trust, commands) to it.
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import {
  CLIENT_ID,
  CLIENT_NAME,
  IndexStatusNotification,
  InitializationOptions,
  ReportRequest,
  ScanStatusNotification,
  SigningKeyRequest,
  TrustGrantedNotification,
} from '../../server/src/protocol';
import { registerCommands } from './commands';
import { ReportView } from './reportView';
import { StatusItem } from './status';

let client: LanguageClient | undefined;
const SIGNING_KEY_SECRET = 'driftlog.signingKey.ed25519';

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel(CLIENT_NAME, { log: true });
  context.subscriptions.push(output);

  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };

  const storage = context.storageUri ?? context.globalStorageUri;
  const initializationOptions: InitializationOptions = {
    trusted: vscode.workspace.isTrusted,
    storagePath: storage.scheme === 'file' ? storage.fsPath : undefined,
  };

  // Writing the audit log must never trigger re-indexing: .driftlog/ is not watched.
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.{tf,tf.json,tfvars,tfvars.json}');
  context.subscriptions.push(watcher);

  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'terraform' },
      { scheme: 'file', pattern: '**/*.tfvars' },
      { scheme: 'file', pattern: '**/*.tf.json' },
    ],
    synchronize: { fileEvents: watcher },
    outputChannel: output,
    initializationOptions,
  };

  client = new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);

  const c = client;
  const status = new StatusItem();
  const report = new ReportView(() => c.sendRequest(ReportRequest));
  context.subscriptions.push(
    status,
    vscode.window.registerTreeDataProvider('driftlog.report', report),
    c.onNotification(IndexStatusNotification, (s) => status.updateIndex(s)),
    c.onNotification(ScanStatusNotification, (s) => {
      status.updateScan(s);
      if (s.state === 'idle') void report.refresh();
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void c.sendNotification(TrustGrantedNotification)),
    // The audit log's signing key lives in SecretStorage, never in the repository; made on first use.
    c.onRequest(SigningKeyRequest, async () => {
      if (!vscode.workspace.isTrusted) return null;
      let seed = await context.secrets.get(SIGNING_KEY_SECRET);
      if (!seed) {
        seed = randomBytes(32).toString('base64');
        await context.secrets.store(SIGNING_KEY_SECRET, seed);
        output.info('Created a Driftlog signing key in the secret storage; its public key goes into .driftlog/allowed_signers');
      }
      return { seed };
    }),
  );
  registerCommands(context, c, output, report);
  void vscode.commands.executeCommand('setContext', 'driftlog.active', true);

  await c.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
