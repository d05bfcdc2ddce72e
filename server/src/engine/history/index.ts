// "Who changed it last" for the hover and the diagnostics: the code (git blame), the cloud (CloudTrail) and the
// audit log, and the hover's Markdown. No editor dependency: the language server calls these.
export { CloudHistory, candidateNames, diagnosticSuffix, isReadOnlyEvent, reasonOf, ACCESS_DENIED, NO_EVENTS } from './cloud';
export type { CloudChange, CloudChangeFound, CloudChangeNone, CloudChangeUnavailable, CloudHistoryOptions, CloudResourceRef, CloudTrailTarget } from './cloud';
export { CodeHistory, blobId, parsePorcelain } from './code';
export type { CodeChange, CodeChangeFound, CodeChangeUnavailable, CodeHistoryOptions, CommitInfo } from './code';
export { LogHistoryReader } from './log';
export type { LogHistory, LogHistoryItem, LogHistoryOptions } from './log';
export { codeSpan, escapeMarkdown, hoverMarkdown, relativeTime } from './hover';
export type { HoverInput } from './hover';

// One-call forms over shared default instances (a shell that needs its own caches or options makes its own).
import { CloudHistory, type CloudChange, type CloudResourceRef, type CloudTrailTarget } from './cloud';
import { CodeHistory, type CodeChange } from './code';
import { LogHistoryReader, type LogHistory, type LogHistoryOptions } from './log';

let defaultCloud: CloudHistory | undefined;
let defaultCode: CodeHistory | undefined;
let defaultLog: LogHistoryReader | undefined;

/** CloudTrail's last change of a resource (shared default CloudHistory unless `history` is given). Never throws. */
export function lastCloudChange(
  target: CloudTrailTarget,
  ref: CloudResourceRef,
  opts: { signal?: AbortSignal; priority?: number; history?: CloudHistory } = {},
): Promise<CloudChange> {
  return (opts.history ?? (defaultCloud ??= new CloudHistory())).lastCloudChange(target, ref, opts);
}

/** git blame's last commit over lines startLine..endLine (0-based, inclusive). Never throws. */
export function lastCodeChange(repoRoot: string, file: string, startLine: number, endLine: number, opts: { contents?: string } = {}): Promise<CodeChange> {
  return (defaultCode ??= new CodeHistory()).lastCodeChange(repoRoot, file, startLine, endLine, opts);
}

/** The audit log's latest entries for an address, newest first. Never throws. */
export function lastLogEntries(repoRoot: string, address: string, opts: LogHistoryOptions = {}): Promise<LogHistory> {
  return (defaultLog ??= new LogHistoryReader()).latest(repoRoot, address, opts);
}
