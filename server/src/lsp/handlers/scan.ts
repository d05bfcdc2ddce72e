// driftlog/scan, driftlog/stopScan, driftlog/report and textDocument/didSave: scanning on demand (palette), on
// save, and the results for the report view. Cancelling a scan request stops its API calls.
import { ReportRequest, ScanRequest, StopScanNotification } from '../../protocol';
import type { ServerContext } from '../context';

export function registerScan(ctx: ServerContext): void {
  ctx.connection.onRequest(ScanRequest, async (params, token) => {
    const ctrl = new AbortController();
    token.onCancellationRequested(() => {
      ctx.log.info('Scan cancelled by the client');
      ctrl.abort();
    });
    return ctx.scans.run(params.scope, ctrl.signal);
  });
  ctx.connection.onNotification(StopScanNotification, () => ctx.scans.stop());
  ctx.connection.onRequest(ReportRequest, () => ctx.scans.report());
  ctx.documents.onDidSave((e) => {
    const path = ctx.workspace.pathOf(e.document.uri);
    if (path) ctx.scans.fileSaved(path);
  });
}
