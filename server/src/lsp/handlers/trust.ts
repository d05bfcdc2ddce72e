// `driftlog/trustGranted`: the user trusted the workspace. From now on the persistent cache is written, git runs,
// and scanning (cloud calls) and log writes start.
import { TrustGrantedNotification } from '../../protocol';
import type { ServerContext } from '../context';

export function registerTrust(ctx: ServerContext): void {
  ctx.connection.onNotification(TrustGrantedNotification, () => {
    if (ctx.workspace.trusted) return;
    ctx.log.info('Workspace trust granted');
    ctx.workspace.grantTrust();
    void ctx.scans.start();
  });
}
