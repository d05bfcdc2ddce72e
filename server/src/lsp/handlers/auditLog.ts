// driftlog/verifyLog, driftlog/checkpoint and driftlog/history: the audit log from the editor. Trusted
// workspaces only (reading is harmless, but verify runs git).
import { checkpoint, openLog, show, verify } from '../../engine/log';
import { gitInfo } from '../../engine/log';
import { CheckpointRequest, HistoryRequest, VerifyLogRequest, type HistoryItem, type VerifyLogResult } from '../../protocol';
import type { ServerContext } from '../context';

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export function registerAuditLog(ctx: ServerContext): void {
  const repo = (): string | undefined => {
    const folder = ctx.workspace.folderUris()[0];
    const path = folder ? ctx.workspace.pathOf(folder) : undefined;
    return path ? ctx.workspace.repoRootFor(path) : undefined;
  };
  const logDir = async (): Promise<string> => {
    const folder = ctx.workspace.folderUris()[0];
    return folder ? (await ctx.settings.get(folder)).log.directory : '.driftlog';
  };

  ctx.connection.onRequest(VerifyLogRequest, async (): Promise<VerifyLogResult> => {
    const root = repo();
    if (!ctx.workspace.trusted) return { ok: false, batches: 0, events: 0, findings: [], error: 'the workspace is not trusted' };
    if (!root) return { ok: false, batches: 0, events: 0, findings: [], error: 'the workspace is not in a git repository' };
    try {
      const r = await verify(await openLog(root, { logDir: await logDir() }));
      return { ok: r.ok, batches: r.batches, events: r.events, findings: r.findings.map((f) => ({ kind: f.kind, file: f.path, message: f.message })) };
    } catch (err) {
      return { ok: false, batches: 0, events: 0, findings: [], error: message(err) };
    }
  });

  ctx.connection.onRequest(CheckpointRequest, async () => {
    const root = repo();
    if (!ctx.workspace.trusted || !root) return { ok: false, message: 'checkpoints need a trusted workspace in a git repository' };
    try {
      const signer = await ctx.signer();
      if (!signer) return { ok: false, message: 'no signing key' };
      const git = await gitInfo(root);
      const r = await checkpoint(await openLog(root, { logDir: await logDir(), create: true }), signer, git.userEmail ?? 'driftlog');
      return { ok: true, message: r.created ? `checkpoint ${r.rel}: ${r.size} batches` : `no new batches since ${r.rel}`, file: r.rel };
    } catch (err) {
      return { ok: false, message: message(err) };
    }
  });

  ctx.connection.onRequest(HistoryRequest, async (params): Promise<HistoryItem[]> => {
    const root = repo();
    if (!ctx.workspace.trusted || !root) return [];
    try {
      const { entries } = await show(await openLog(root, { logDir: await logDir() }), { resource: params.address });
      return entries
        .slice(-20)
        .reverse()
        .map((e) => ({
          kind: e.event.kind,
          createdAt: e.createdAt,
          signer: e.author.name ? `${e.author.name} <${e.author.email}>` : e.author.email,
          status: e.event.status,
          summary: e.event.differences?.length ? e.event.differences.map((d) => d.path).join(', ') : (e.event.status ?? e.event.kind),
        }));
    } catch {
      return [];
    }
  });
}
