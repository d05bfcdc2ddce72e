// Palette commands (category Driftlog) and the internal commands code actions and views carry.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  CheckpointRequest,
  Commands,
  HistoryRequest,
  InternalCommands,
  ReportRequest,
  RevertPlanRequest,
  RevertRequest,
  ScanRequest,
  ScanStatusNotification,
  StopScanNotification,
  VerifyLogRequest,
  type RevertArgs,
  type ScanScope,
} from '../../server/src/protocol';
import type { Range } from '../../server/src/engine/scan/types';
import type { ReportView } from './reportView';
import { ResourcePanel } from './resourcePanel';

function countsText(summary: Record<string, number>): string {
  return Object.entries(summary)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s.replace(/_/g, ' ')}`)
    .join(', ') || 'nothing to scan';
}

export function registerCommands(
  context: vscode.ExtensionContext,
  client: LanguageClient,
  output: vscode.LogOutputChannel,
  report: ReportView,
): void {
  const scan = (scope: ScanScope, title: string) =>
    vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title, cancellable: true },
      async (progress, token) => {
        let last = 0;
        const sub = client.onNotification(ScanStatusNotification, (s) => {
          if (s.state !== 'scanning' || s.total === 0) return;
          const pct = (100 * s.done) / s.total;
          progress.report({ message: `${s.done}/${s.total} resources`, increment: pct - last });
          last = pct;
        });
        try {
          const result = await client.sendRequest(ScanRequest, { scope }, token);
          if (result.error) void vscode.window.showErrorMessage(`Driftlog: ${result.error}`);
          else if (result.cancelled) void vscode.window.showInformationMessage('Driftlog: scan stopped');
          else void vscode.window.showInformationMessage(`Driftlog: ${countsText(result.summary)}`);
          await report.refresh();
        } finally {
          sub.dispose();
        }
      },
    );

  const activeUri = (): vscode.Uri | undefined => {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || doc.uri.scheme !== 'file') {
      void vscode.window.showWarningMessage('Driftlog: open a Terraform file first');
      return undefined;
    }
    return doc.uri;
  };

  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.scanWorkspace, () => scan({ kind: 'workspace' }, 'Driftlog: scanning the workspace')),
    vscode.commands.registerCommand(Commands.scanFile, () => {
      const uri = activeUri();
      if (uri) return scan({ kind: 'file', uri: uri.toString() }, `Driftlog: scanning ${vscode.workspace.asRelativePath(uri)}`);
    }),
    vscode.commands.registerCommand(Commands.scanResource, () => {
      const uri = activeUri();
      const pos = vscode.window.activeTextEditor?.selection.active;
      if (uri && pos) return scan({ kind: 'resource', uri: uri.toString(), position: { line: pos.line, character: pos.character } }, 'Driftlog: scanning the resource');
    }),
    vscode.commands.registerCommand(Commands.stopScan, () => client.sendNotification(StopScanNotification)),
    vscode.commands.registerCommand(Commands.verifyLog, async () => {
      const r = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Driftlog: verifying the audit log' }, () =>
        client.sendRequest(VerifyLogRequest),
      );
      if (r.error) return void vscode.window.showErrorMessage(`Driftlog: cannot verify the audit log: ${r.error}`);
      if (r.ok) return void vscode.window.showInformationMessage(`Driftlog: audit log valid (${r.batches} batches, ${r.events} events)`);
      for (const f of r.findings) output.error(`audit log: ${f.kind}${f.file ? ` ${f.file}` : ''}: ${f.message}`);
      const choice = await vscode.window.showErrorMessage(`Driftlog: audit log INVALID: ${r.findings.length} finding(s)`, 'Show Output');
      if (choice) output.show(true);
    }),
    vscode.commands.registerCommand(Commands.createCheckpoint, async () => {
      const r = await client.sendRequest(CheckpointRequest);
      if (r.ok) void vscode.window.showInformationMessage(`Driftlog: ${r.message}`);
      else void vscode.window.showErrorMessage(`Driftlog: ${r.message}`);
    }),
    vscode.commands.registerCommand(Commands.showReport, async () => {
      await report.refresh();
      await vscode.commands.executeCommand('driftlog.report.focus');
    }),
    vscode.commands.registerCommand(Commands.showOutput, () => output.show(true)),
    vscode.commands.registerCommand(InternalCommands.openLocation, async (uri: string, range?: Range) => {
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
      const r = range ? new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character) : undefined;
      await vscode.window.showTextDocument(doc, { selection: r, preview: true });
    }),
    vscode.commands.registerCommand(InternalCommands.showResource, async (arg: string | { resource?: { address: string } }) => {
      const address = typeof arg === 'string' ? arg : arg?.resource?.address;
      const rep = await client.sendRequest(ReportRequest);
      const r = rep?.resources.find((x) => x.address === address);
      if (!r) return void vscode.window.showWarningMessage(`Driftlog: no scan result for ${address}`);
      ResourcePanel.show(r, await client.sendRequest(HistoryRequest, { address: r.address }));
    }),
    vscode.commands.registerCommand(InternalCommands.revert, async (args: RevertArgs) => {
      if (!vscode.workspace.isTrusted) return;
      const plan = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Driftlog: reading ${args.address} from AWS` }, () =>
        client.sendRequest(RevertPlanRequest, args),
      );
      const notes = plan.notes?.length ? `\n\nLeft alone:\n${plan.notes.join('\n')}` : '';
      if (!plan.ok) return void vscode.window.showWarningMessage(`Driftlog: cannot revert ${args.address}: ${plan.reason ?? 'unknown reason'}${notes}`);
      const detail = plan.changes.map((c) => `${c.path}: ${c.live} (live now) → ${c.code} (code)`).join('\n');
      const ok = await vscode.window.showWarningMessage(
        `Revert ${args.address} in AWS to what the code says?`,
        { modal: true, detail: `This changes live infrastructure through AWS Cloud Control:\n\n${detail}${notes}` },
        'Revert',
      );
      if (ok !== 'Revert') return;
      const r = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: `Driftlog: reverting ${args.address}`, cancellable: true },
        (_p, token) => client.sendRequest(RevertRequest, args, token),
      );
      if (r.ok) void vscode.window.showInformationMessage(`Driftlog: ${r.message}`);
      else void vscode.window.showErrorMessage(`Driftlog: ${r.message}`);
      await report.refresh();
    }),
  );
}
