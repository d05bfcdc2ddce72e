// textDocument/codeAction and workspace/executeCommand for drift quick fixes: accept the live value into the
// code, ignore the attribute (lifecycle or .driftlog/ignore), add an import block, and revert the live resource
// (a client command that asks for confirmation first). Edits come from the engine (engine/edit); each applied
// action is recorded in the audit log by the command the code action carries. Nothing is offered in an
// untrusted workspace, and nothing for codeActionsOnSave or fix-all requests (they ask for other kinds).
import { CodeActionKind, type CodeAction, type Diagnostic, type WorkspaceEdit, type TextDocumentEdit, type CreateFile } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import {
  acceptLiveValue,
  addToIgnoreChanges,
  ignoreRuleEdit,
  importForNotInState,
  type EditResult,
  type TextEdit,
} from '../../engine/edit';
import { InternalCommands, ServerCommands, type RecordActionArgs, type RevertArgs } from '../../protocol';
import type { ServerContext } from '../context';
import { findBlock, type DriftDiagnosticData } from '../driftDiagnostics';

/** Engine edits -> an LSP WorkspaceEdit (files to create first, then text edits per file). */
export function toWorkspaceEdit(edits: TextEdit[]): WorkspaceEdit {
  const changes: Array<TextDocumentEdit | CreateFile> = [];
  const byFile = new Map<string, TextEdit[]>();
  for (const e of edits) {
    if (e.createFile) changes.push({ kind: 'create', uri: URI.file(e.file).toString(), options: { ignoreIfExists: true } });
    byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
  }
  for (const [file, es] of byFile) {
    changes.push({
      textDocument: { uri: URI.file(file).toString(), version: null },
      edits: es.map((e) => ({ range: { start: e.start, end: e.end }, newText: e.newText })),
    });
  }
  return { documentChanges: changes };
}

function wantsQuickFixes(only: string[] | undefined): boolean {
  return !only || only.some((k) => k === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(k + '.') || k === '');
}

export function registerCodeAction(ctx: ServerContext): void {
  ctx.connection.onCodeAction((params) => {
    if (!ctx.workspace.trusted || !wantsQuickFixes(params.context.only)) return [];
    const file = ctx.workspace.currentFile(params.textDocument.uri);
    if (!file) return [];
    const readText = (path: string): string | undefined => ctx.documents.get(URI.file(path).toString())?.getText();
    const actions: CodeAction[] = [];
    const offer = (title: string | undefined, result: EditResult, diagnostic: Diagnostic, record: RecordActionArgs, preferred = false): void => {
      if (!result.ok) {
        actions.push({ title: title ?? 'Driftlog', kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], disabled: { reason: result.reason } });
        return;
      }
      actions.push({
        title: title ?? result.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: preferred,
        edit: toWorkspaceEdit(result.edits),
        command: { title: 'Record in the audit log', command: ServerCommands.recordAction, arguments: [record] },
      });
    };

    for (const d of params.context.diagnostics) {
      if (d.source !== 'driftlog' || !d.data) continue;
      const data = d.data as DriftDiagnosticData;
      const result = ctx.scans.result(data.address);
      if (!result) continue;
      const block = findBlock(file, data.address);
      const [type, name] = block ? block.labels : [];
      const resource = { file: file.path, type: type ?? result.type, name: name ?? '' };
      const module = ctx.workspace.moduleOf(file.moduleDir);
      const repoRoot = ctx.workspace.repoRootFor(file.path);
      const base = { uri: params.textDocument.uri, address: data.address };

      if (result.status === 'drifted' && data.path) {
        const difference = result.differences.find((x) => x.path === data.path);
        if (!difference) continue;
        offer('Accept live value into code', acceptLiveValue({ resource, difference, module, readText, inChildModule: data.address.startsWith('module.') }), d, { ...base, kind: 'accept', path: data.path }, true);
        const revert: RevertArgs = { ...base };
        const createOnly = ctx.actions.createOnlyReason(data.address, data.path);
        actions.push({
          ...(createOnly ? { disabled: { reason: createOnly } } : {}),
          title: 'Revert live resource to code…',
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          command: { title: 'Revert live resource to code', command: InternalCommands.revert, arguments: [revert] },
        });
        offer(`Ignore ${data.path.split(/[.[]/)[0]} in lifecycle ignore_changes`, addToIgnoreChanges({ resource, path: data.path, readText }), d, { ...base, kind: 'ignore', path: data.path });
        if (repoRoot) {
          offer(
            `Ignore ${data.path} of ${data.address} in .driftlog/ignore`,
            ignoreRuleEdit(repoRoot, { address: data.address, path: data.path }, readText(`${repoRoot}/.driftlog/ignore`)),
            d,
            { ...base, kind: 'ignore', path: data.path },
          );
        }
      } else if (result.status === 'not_in_state') {
        const rootFile = ctx.actions.rootFileFor(file.path);
        const values = ctx.actions.codeValues(data.address);
        offer(undefined, importForNotInState({ resource, result, rootFile, readText, ...(values ? { values } : {}) }), d, { ...base, kind: 'import' }, true);
      } else if (result.status === 'unmanaged') {
        actions.push({
          title: `Import ${result.identifier} into code (import and resource blocks)…`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          command: { title: 'Import', command: ServerCommands.importUnmanaged, arguments: [{ ...base, kind: 'import' } satisfies RecordActionArgs] },
        });
      }
    }
    return actions;
  });

  ctx.connection.onExecuteCommand(async (params) => {
    const args = params.arguments?.[0] as RecordActionArgs | undefined;
    if (!ctx.workspace.trusted || !args) return;
    if (params.command === ServerCommands.recordAction) await ctx.actions.record(args);
    else if (params.command === ServerCommands.importUnmanaged) {
      const problem = await ctx.actions.importUnmanaged(args);
      if (problem) void ctx.connection.window.showWarningMessage(`Driftlog: cannot import ${args.address}: ${problem}`);
    }
  });
}
