// A language status item for Terraform files: what the index is doing.
import * as vscode from 'vscode';
import type { IndexStatus } from '../../server/src/protocol';
import { Commands } from '../../server/src/protocol';

export class IndexStatusItem implements vscode.Disposable {
  private readonly item = vscode.languages.createLanguageStatusItem('driftlog.index', [
    { language: 'terraform' },
    { pattern: '**/*.tfvars' },
  ]);

  constructor() {
    this.item.name = 'Driftlog';
    this.item.text = 'Driftlog: starting';
    this.item.command = { title: 'Show Output', command: Commands.showOutput };
  }

  update(s: IndexStatus): void {
    this.item.busy = s.state === 'indexing';
    const skipped = s.skipped ? `, ${s.skipped} skipped` : '';
    this.item.text =
      s.state === 'indexing' ? `Driftlog: indexing ${s.indexed}/${s.total}` : `Driftlog: ${s.indexed} files indexed${skipped}`;
  }

  dispose(): void {
    this.item.dispose();
  }
}
