// driftlog/revertPlan and driftlog/revert: the client asks for the plan (read fresh from AWS), shows it in a
// modal confirmation, and only then sends the revert. Refused in an untrusted workspace.
import { RevertPlanRequest, RevertRequest } from '../../protocol';
import type { ServerContext } from '../context';

export function registerRevert(ctx: ServerContext): void {
  ctx.connection.onRequest(RevertPlanRequest, (args) =>
    ctx.workspace.trusted ? ctx.actions.revertPreview(args) : { ok: false, reason: 'the workspace is not trusted', changes: [] },
  );
  ctx.connection.onRequest(RevertRequest, async (args, token) => {
    const ctrl = new AbortController();
    token.onCancellationRequested(() => ctrl.abort());
    return ctx.actions.revert(args, ctrl.signal);
  });
}
