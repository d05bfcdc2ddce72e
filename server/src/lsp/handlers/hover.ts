// textDocument/hover on a resource header or a drifted attribute: expected and live values, when they were
// checked, and who changed the resource last in the code (git blame), in the cloud (CloudTrail) and in the
// audit log. Trusted workspaces only (git runs). A slow CloudTrail answer does not hold the hover up.
import { MarkupKind, type Hover } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { locatePath } from '../../engine/drift/locate';
import { CodeHistory, hoverMarkdown, LogHistoryReader, type CloudChange } from '../../engine/history';
import { hmacKeyFrom } from '../../engine/log';
import type { ServerContext } from '../context';
import { blockAddress } from '../driftDiagnostics';
import { toRange } from '../symbols';

/** How long a hover waits for CloudTrail before it shows what it has. */
const CLOUD_WAIT_MS = 1500;

export function registerHover(ctx: ServerContext): void {
  const code = new CodeHistory();
  const logs = new LogHistoryReader();

  ctx.connection.onHover(async (params, token): Promise<Hover | null> => {
    if (!ctx.workspace.trusted) return null;
    const file = ctx.workspace.currentFile(params.textDocument.uri);
    if (!file) return null;
    const offset = ctx.workspace.offsetAt(file, params.position);
    const block = file.body.blocks.find((b) => b.type === 'resource' && b.labels.length >= 2 && b.start <= offset && offset <= b.end);
    if (!block) return null;
    const local = `${block.labels[0]}.${block.labels[1]}`;
    const result = ctx.scans.resultsIn(file.path).find((r) => blockAddress(r.address) === local);
    const onHeader = offset <= block.header.end;
    const attribute = result?.differences.find((d) => {
      const loc = locatePath(block, d.path);
      return loc.matched > 0 && loc.span.start <= offset && offset <= loc.span.end;
    })?.path;
    if (!onHeader && !attribute) return null;

    const address = result?.address ?? local;
    const repoRoot = ctx.workspace.repoRootFor(file.path);
    const settings = await ctx.settings.get(params.textDocument.uri);
    const range = toRange(file, block.start, block.end);
    const contents = ctx.documents.get(URI.file(file.path).toString())?.getText();
    const cloudAnswer = ctx.scans.cloudChange(address);
    const cloud = cloudAnswer
      ? await Promise.race([
          cloudAnswer,
          new Promise<CloudChange>((r) => setTimeout(() => r({ kind: 'unavailable', reason: 'still looking', message: 'CloudTrail: still looking (hover again in a moment)' }), CLOUD_WAIT_MS).unref()),
        ])
      : undefined;
    if (token.isCancellationRequested) return null;
    const [codeChange, log] = await Promise.all([
      repoRoot ? code.lastCodeChange(repoRoot, file.path, range.start.line, range.end.line, { contents }) : Promise.resolve(undefined),
      repoRoot ? logs.latest(repoRoot, address, { logDir: settings.log.directory }) : Promise.resolve(undefined),
    ]);
    const value = hoverMarkdown({
      result,
      address,
      type: block.labels[0],
      attribute,
      checkedAt: ctx.scans.lastScannedAt,
      intervalMinutes: ctx.scans.intervalMinutes,
      code: codeChange,
      cloud,
      log,
      redaction: { hmacKey: hmacKeyFrom(process.env[settings.log.hmacKeyEnv]) },
    });
    return { contents: { kind: MarkupKind.Markdown, value } };
  });
}
