// Extension entry (the client). Placeholder until the foundation lands.
import type { ExtensionContext } from 'vscode';

export function activate(_context: ExtensionContext): void {}
export function deactivate(): void {}
