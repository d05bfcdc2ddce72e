// The language status item for Terraform files: what the index is doing and the last scan's time and counts.
// Clicking it opens the drift report.
import * as vscode from 'vscode';
import type { IndexStatus, ScanStatus } from '../../server/src/protocol';
import { Commands } from '../../server/src/protocol';

export class StatusItem implements vscode.Disposable {
  private readonly item = vscode.languages.createLanguageStatusItem('driftlog.status', [
    { language: 'terraform' },
    { pattern: '**/*.tfvars' },
  ]);
  private index: IndexStatus | undefined;
  private scan: ScanStatus | undefined;

  constructor() {
    this.item.name = 'Driftlog';
    this.item.text = 'Driftlog: starting';
    this.item.command = { title: 'Show Drift Report', command: Commands.showReport };
  }

  updateIndex(s: IndexStatus): void {
    this.index = s;
    this.render();
  }

  updateScan(s: ScanStatus): void {
    this.scan = s;
    this.render();
  }

  private render(): void {
    const i = this.index;
    const s = this.scan;
    this.item.busy = i?.state === 'indexing' || s?.state === 'scanning';
    this.item.severity = vscode.LanguageStatusSeverity.Information;
    if (i?.state === 'indexing') {
      this.item.text = `Driftlog: indexing ${i.indexed} files`;
    } else if (s?.state === 'scanning') {
      this.item.text = `Driftlog: scanning ${s.done}/${s.total}`;
    } else if (s?.summary) {
      const c = s.summary;
      const drift = c.drifted + c.missing + c.unmanaged + c.not_in_state;
      this.item.text = `Driftlog: ${drift} drifted, ${c.in_sync} in sync${c.error ? `, ${c.error} error${c.error === 1 ? '' : 's'}` : ''}`;
      this.item.detail = s.scannedAt ? `last scan ${new Date(s.scannedAt).toLocaleString()}` : undefined;
      if (drift || c.error) this.item.severity = vscode.LanguageStatusSeverity.Warning;
    } else if (s?.state === 'disabled') {
      this.item.text = 'Driftlog: not scanning';
      this.item.detail = s.reason;
    } else if (i) {
      this.item.text = `Driftlog: ${i.indexed} files indexed${i.skipped ? `, ${i.skipped} skipped` : ''}`;
    }
  }

  dispose(): void {
    this.item.dispose();
  }
}
