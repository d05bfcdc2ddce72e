// textDocument/documentSymbol: the outline of a Terraform file, from the index (the open text, re-indexed on
// every edit before symbols are answered).
import type { ServerContext } from '../context';
import { documentSymbols } from '../symbols';

export function registerDocumentSymbol(ctx: ServerContext): void {
  ctx.connection.onDocumentSymbol((params) => {
    const file = ctx.workspace.currentFile(params.textDocument.uri);
    return file ? documentSymbols(file) : [];
  });
}
