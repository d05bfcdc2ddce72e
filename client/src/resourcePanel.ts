// A webview that shows one resource's expected (code) and live values side by side, with its audit-log timeline.
// Static HTML under a strict content security policy: no scripts.
import * as vscode from 'vscode';
import type { ResourceResult } from '../../server/src/engine/scan/types';
import type { HistoryItem } from '../../server/src/protocol';

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function value(v: unknown): string {
  return v === undefined ? '<em>absent</em>' : `<code>${esc(JSON.stringify(v, null, 2))}</code>`;
}

export function resourceHtml(r: ResourceResult, history: HistoryItem[]): string {
  const rows = r.differences
    .map((d) => `<tr><td><code>${esc(d.path)}</code></td><td>${value(d.expected)}<div class="src">${esc(d.source)}</div></td><td>${value(d.actual)}</td></tr>`)
    .join('');
  const timeline = history
    .map((h) => `<li><time>${esc(h.createdAt)}</time> <b>${esc(h.kind)}</b>${h.status ? ` (${esc(h.status)})` : ''}: ${esc(h.summary)} <span class="src">signed by ${esc(h.signer)}</span></li>`)
    .join('');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';">
<style>
body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 0 1em; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; border-bottom: 1px solid var(--vscode-panel-border); padding: 4px 8px; }
code { white-space: pre-wrap; font-family: var(--vscode-editor-font-family); }
.src { opacity: 0.7; font-size: 0.9em; }
</style></head><body>
<h2>${esc(r.address)}</h2>
<p>${esc(r.status)}${r.cloudType ? ` · ${esc(r.cloudType)}` : ''}${r.identifier ? ` · <code>${esc(r.identifier)}</code>` : ''}${r.region ? ` · ${esc(r.region)}` : ''}</p>
${r.error ? `<p>${esc(r.error)}</p>` : ''}
${rows ? `<table><thead><tr><th>Attribute</th><th>Code</th><th>Live</th></tr></thead><tbody>${rows}</tbody></table>` : '<p>No differences.</p>'}
<h3>Audit log</h3>
${timeline ? `<ol>${timeline}</ol>` : '<p>No entries in the audit log for this resource.</p>'}
</body></html>`;
}

export class ResourcePanel {
  private static panel: vscode.WebviewPanel | undefined;

  static show(r: ResourceResult, history: HistoryItem[]): void {
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('driftlog.resource', r.address, vscode.ViewColumn.Beside, { enableScripts: false });
      this.panel.onDidDispose(() => (this.panel = undefined));
    }
    this.panel.title = `Drift: ${r.address}`;
    this.panel.webview.html = resourceHtml(r, history);
    this.panel.reveal(vscode.ViewColumn.Beside, true);
  }
}
