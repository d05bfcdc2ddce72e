// workspace/didChangeWatchedFiles, didChangeConfiguration and didChangeWorkspaceFolders: files changed on disk
// (by git, a formatter, another editor) are re-indexed one by one; new settings (exclude globs) re-walk the
// folders without a restart; added and removed folders are indexed and forgotten.
import { FileChangeType } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import type { ServerContext } from '../context';

export function registerWorkspaceChanges(ctx: ServerContext): void {
  ctx.connection.onDidChangeWatchedFiles((params) => {
    for (const change of params.changes) {
      const u = URI.parse(change.uri);
      if (u.scheme !== 'file') continue;
      // An open document's text wins over the disk until it is closed.
      if (ctx.documents.get(change.uri)) continue;
      if (change.type === FileChangeType.Deleted) ctx.workspace.fileDeleted(u.fsPath);
      else ctx.workspace.diskChanged(u.fsPath);
    }
  });

  ctx.connection.onDidChangeConfiguration(async () => {
    ctx.settings.clear();
    await ctx.workspace.settingsChanged((folder) => ctx.settings.get(folder));
    await ctx.scans.settingsChanged();
    ctx.workspace.republishAll();
  });
}

/** Called once the client is initialized (workspace folder events can only be subscribed to then). */
export function watchWorkspaceFolders(ctx: ServerContext): void {
  if (!ctx.capabilities.workspaceFolders) return;
  ctx.connection.workspace.onDidChangeWorkspaceFolders(async (e) => {
    ctx.workspace.removeFolders(e.removed.map((f) => f.uri));
    await ctx.workspace.addFolders(
      e.added.map((f) => f.uri),
      (folder) => ctx.settings.get(folder),
    );
  });
}
