// `driftlog/trustGranted`: the user trusted the workspace. From now on the persistent cache is written and
// (in later features) cloud calls, git and log writes are allowed.
import { TrustGrantedNotification } from '../../protocol';
import type { ServerContext } from '../context';

export function registerTrust(ctx: ServerContext): void {
  ctx.connection.onNotification(TrustGrantedNotification, () => {
    if (ctx.workspace.trusted) return;
    ctx.log.info('Workspace trust granted');
    ctx.workspace.grantTrust();
  });
}
