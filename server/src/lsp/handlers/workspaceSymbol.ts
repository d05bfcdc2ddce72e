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
    for (const file of ctx.workspace.allFiles()) {
      if (token.isCancellationRequested || out.length >= LIMIT) break;
      for (const block of file.body.blocks) {
        const s = symbolName(block);
        if (!s || !matches(s.name.toLowerCase(), query)) continue;
        out.push({
          name: s.name,
          kind: s.kind,
          containerName: file.moduleDir,
          location: { uri: URI.file(file.path).toString(), range: toRange(file, block.header.start, block.header.end) },
        });
        if (out.length >= LIMIT) break;
      }
    }
    return out;
  });
}
