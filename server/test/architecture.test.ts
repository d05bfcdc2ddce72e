// The engine is shared by the language server and the CLI: it must not reach for VS Code, the LSP connection or
// the server's own LSP layer, or the CLI would drag them in (and could not run headless).
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ENGINE = join(__dirname, '..', 'src', 'engine');
const FORBIDDEN = /\bfrom\s+'(vscode|vscode-languageserver(?:\/[^']*)?|vscode-languageclient(?:\/[^']*)?|vscode-languageserver-protocol(?:\/[^']*)?)'|\bfrom\s+'(?:\.\.\/)+(?:lsp|server|cli)(?:\/[^']*)?'|\bimport\(\s*'vscode/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('architecture', () => {
  it('the engine imports neither vscode, the LSP libraries, nor the server or CLI shells', () => {
    const files = sources(ENGINE);
    assert.ok(files.length > 50, `found ${files.length} engine files`);
    const offenders = files.filter((f) => FORBIDDEN.test(readFileSync(f, 'utf8'))).map((f) => relative(ENGINE, f));
    assert.deepEqual(offenders, []);
  });
});
