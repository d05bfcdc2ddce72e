// workspace/symbol: resources, data sources and modules of every indexed file whose address contains the
// query's characters in order (the fuzzy rule VS Code's own pickers use), at most 500.
import { URI } from 'vscode-uri';
import type { SymbolInformation } from 'vscode-languageserver';
import type { ServerContext } from '../context';
import { symbolName, toRange } from '../symbols';

const LIMIT = 500;

function matches(name: string, query: string): boolean {
  let i = 0;
  for (let j = 0; j < name.length && i < query.length; j++) if (name[j] === query[i]) i++;
  return i === query.length;
}

export function registerWorkspaceSymbol(ctx: ServerContext): void {
  ctx.connection.onWorkspaceSymbol((params, token) => {
    const query = params.query.toLowerCase();
    const out: SymbolInformation[] = [];
    // From the outlines the index keeps for every file: no file is parsed to answer.
    for (const sym of ctx.workspace.symbols()) {
      if (token.isCancellationRequested || out.length >= LIMIT) break;
      const s = symbolName(sym.block);
      const file = s && matches(s.name.toLowerCase(), query) ? ctx.workspace.fileAt(sym.file) : undefined;
      if (!s || !file) continue;
      out.push({
        name: s.name,
        kind: s.kind,
        containerName: sym.moduleDir,
        location: { uri: URI.file(sym.file).toString(), range: toRange(file, sym.block.header.start, sym.block.header.end) },
      });
    }
    return out;
  });
}
