// The audit-log entry of a revert: the log's `revert` action event, with the request token, the drifted values
// before and the code's values after (redacted as the log redacts), and a note with the outcome and the patch's
// operations (paths only: a patch may carry write-only secrets, its values are never recorded).
import type { LogEvent } from '../log/events';
import { actionEvent } from '../log/events';
import { redactDifference, type RedactionOptions } from '../log/redact';
import type { JsonValue } from '../scan/types';
import type { RevertOutcome } from './apply';
import type { RevertPlan } from './plan';

export function revertEvent(plan: RevertPlan, outcome: RevertOutcome, opts: { repoRoot: string; redaction?: RedactionOptions }): LogEvent {
  const reverted = new Set(plan.changes.filter((c) => c.reason === 'drift').map((c) => c.path));
  const before: Record<string, JsonValue> = {};
  const after: Record<string, JsonValue> = {};
  for (const d of plan.result.differences) {
    if (!reverted.has(d.path)) continue;
    const r = redactDifference(plan.type, d, opts.redaction);
    before[d.path] = r.actual ?? null;
    after[d.path] = r.expected ?? null;
  }
  const ops = plan.patch.map((o) => `${o.op} ${o.path}`).join(', ');
  const note = `revert ${outcome.status}${outcome.error ? `: ${outcome.error}` : ''}${ops ? ` (patch: ${ops})` : ''}`;
  return actionEvent('revert', plan.result, {
    repoRoot: opts.repoRoot,
    redaction: opts.redaction,
    before,
    after,
    ...(outcome.requestToken ? { requestToken: outcome.requestToken } : {}),
    note,
  });
}
