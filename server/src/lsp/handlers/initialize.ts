// `initialize` / `initialized`: read the client's capabilities and Driftlog's initialization options, declare
// what the server does, then start indexing every workspace folder.
import { CodeActionKind, DidChangeConfigurationNotification, TextDocumentSyncKind } from 'vscode-languageserver';
import { ServerCommands, type InitializationOptions } from '../../protocol';
import { VERSION } from '../../version';
import type { ServerContext } from '../context';
import { watchWorkspaceFolders } from './workspaceChanges';

export function registerInitialize(ctx: ServerContext): void {
  ctx.connection.onInitialize((params) => {
    const caps = params.capabilities;
    ctx.capabilities.configuration = !!caps.workspace?.configuration;
    ctx.capabilities.workspaceFolders = !!caps.workspace?.workspaceFolders;
    ctx.capabilities.watchedFiles = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;

    const init = (params.initializationOptions ?? {}) as Partial<InitializationOptions>;
    // Anything but an explicit `true` is untrusted: a client that says nothing gets the safe mode.
    ctx.workspace.configure({
      trusted: init.trusted === true,
      storagePath: typeof init.storagePath === 'string' ? init.storagePath : undefined,
    });
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    ctx.workspace.setFolders(folders);

    return {
      serverInfo: { name: 'driftlog', version: VERSION },
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        documentSymbolProvider: { label: 'Driftlog' },
        workspaceSymbolProvider: true,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix], resolveProvider: false },
        executeCommandProvider: { commands: Object.values(ServerCommands) },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
    };
  });

  ctx.connection.onInitialized(async () => {
    if (ctx.capabilities.configuration) {
      await ctx.connection.client.register(DidChangeConfigurationNotification.type, { section: 'driftlog' });
    }
    watchWorkspaceFolders(ctx);
    ctx.log.info(`Driftlog ${VERSION} language server started (${ctx.workspace.trusted ? 'trusted' : 'untrusted: index, outline and syntax errors only'})`);
    await ctx.workspace.indexAll((folder) => ctx.settings.get(folder));
  });
}
