// textDocument/didOpen, didChange, didClose: the open text of a file is what the index holds for it. An edit
// re-indexes only that file (a high-priority job, so a burst of keystrokes collapses into one parse) and
// re-publishes its syntax diagnostics; closing a file goes back to the text on disk.
import { URI } from 'vscode-uri';
import type { ServerContext } from '../context';

export function registerTextDocumentSync(ctx: ServerContext): void {
  const pathOf = (uri: string): string | undefined => {
    const u = URI.parse(uri);
    return u.scheme === 'file' ? u.fsPath : undefined;
  };
  ctx.documents.onDidOpen((e) => {
    const path = pathOf(e.document.uri);
    if (path) ctx.workspace.documentChanged(path, e.document.getText());
  });
  ctx.documents.onDidChangeContent((e) => {
    const path = pathOf(e.document.uri);
    if (path) ctx.workspace.documentChanged(path, e.document.getText());
  });
  ctx.documents.onDidClose((e) => {
    const path = pathOf(e.document.uri);
    if (path) ctx.workspace.diskChanged(path);
  });
}
