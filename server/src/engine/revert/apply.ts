// "Revert live resource to code", the AWS half: Cloud Control UpdateResource with the plan's RFC 6902 patch, then
// GetResourceRequestStatus until the request ends (SUCCESS, FAILED, CANCEL_COMPLETE) or a deadline passes.
//
// - Every call goes through the request scheduler (pacing, retries with back-off on throttling and 5xx). The
//   UpdateResource carries a ClientToken, so a retry of a request that did reach AWS is the same request, not a
//   second update.
// - Cancellation (the AbortSignal): before the update is on the wire, nothing is sent; once it is, its answer is
//   awaited and the request is cancelled with CancelResourceRequest (a request that already finished is reported
//   as it finished).
// - Every failure comes back as an outcome with a sentence a user understands (access denied, another operation
//   in progress, create-only property, throttled after retries, a FAILED request with AWS's reason); nothing is
//   thrown.
import { randomUUID } from 'node:crypto';
import {
  CancelResourceRequestCommand,
  GetResourceRequestStatusCommand,
  UpdateResourceCommand,
  type ProgressEvent,
} from '@aws-sdk/client-cloudcontrol';
import type { CloudConnection } from '../cloud/connect';
import { CallError, RequestScheduler } from '../cloud/scheduler';
import { redactText } from '../log/redact';
import type { PatchOperation } from './plan';

/**
 * How the revert ended. `SUCCESS`, `FAILED`, `CANCEL_COMPLETE` are Cloud Control's final statuses (a refused
 * UpdateResource is `FAILED` without a request token); `TIMED_OUT`: still running at the deadline (it goes on in
 * AWS); `UNKNOWN`: the request was sent but its outcome could not be read.
 */
export type RevertStatus = 'SUCCESS' | 'FAILED' | 'CANCEL_COMPLETE' | 'TIMED_OUT' | 'UNKNOWN';

export interface RevertOutcome {
  status: RevertStatus;
  /** Cloud Control's request token, once UpdateResource accepted the request: what the log entry records. */
  requestToken?: string;
  /** The ClientToken sent with UpdateResource (the same on every retry). */
  clientToken: string;
  /** For anything but SUCCESS: one or two sentences for the user. */
  error?: string;
  /** The AWS error code (`AccessDeniedException`) or the handler's (`NotFound`, `InvalidRequest`). */
  errorCode?: string;
  /** The final ResourceModel Cloud Control reported (write-only properties are never in it). */
  resourceModel?: Record<string, unknown>;
}

export interface RevertProgress {
  /** `sending` UpdateResource; `waiting` for the request; `cancelling` it; `done`. */
  phase: 'sending' | 'waiting' | 'cancelling' | 'done';
  /** The request's OperationStatus, once there is one. */
  status?: string;
  requestToken?: string;
  /** Cloud Control's StatusMessage, when it gives one. */
  message?: string;
  elapsedMs: number;
}

export interface ApplyOptions {
  /** The shared scheduler (the language server's); a private one with default settings when absent. */
  scheduler?: RequestScheduler;
  /** Cancels: before sending, nothing is sent; after, the request is cancelled with CancelResourceRequest. */
  signal?: AbortSignal;
  onProgress?: (p: RevertProgress) => void;
  /** The idempotency token (default: a new UUID). Re-using one re-attaches to the same request. */
  clientToken?: string;
  /** How long to wait for the request to finish, ms (default 30 minutes). */
  deadlineMs?: number;
  /** First status-poll interval, ms (default 1000); it grows by half each poll up to `maxPollMs` (default 10000). */
  pollMs?: number;
  maxPollMs?: number;
  /** Scheduler priority (default 3: above any scan's, a user is waiting). */
  priority?: number;
}

const FINAL = new Set(['SUCCESS', 'FAILED', 'CANCEL_COMPLETE']);

/** Resolves after `ms`, or at once when the signal fires. */
function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted || ms <= 0) return resolve();
    const done = () => {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const t = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

function parseModel(text: string | undefined): Record<string, unknown> | undefined {
  if (!text) return undefined;
  try {
    const v: unknown = JSON.parse(text);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** A refused or failed call as a sentence. */
function explain(err: unknown, cloudType: string): { error: string; errorCode?: string } {
  if (!(err instanceof CallError)) {
    return { error: `the revert failed unexpectedly: ${err instanceof Error ? err.message : String(err)}` };
  }
  const code = err.code;
  const aws = (err.cause instanceof Error ? err.cause.message : '') || err.message;
  let error: string;
  switch (code) {
    case 'AccessDeniedException':
      error = `access denied: ${aws}. Reverting needs cloudformation:UpdateResource and the ${cloudType} update permissions.`;
      break;
    case 'ConcurrentOperationException':
      error = `another operation on this resource is still in progress (${aws}). Wait for it to finish, then try again.`;
      break;
    case 'NotUpdatableException':
      error = `AWS refused the change: a create-only property would change (${aws}). Changing it replaces the resource: run \`terraform apply\`.`;
      break;
    case 'ResourceNotFoundException':
      error = `the resource no longer exists in AWS (${aws}). Rescan it; \`terraform apply\` recreates it.`;
      break;
    case 'ClientTokenConflictException':
      error = `the client token was already used for another request (${aws}). Try again.`;
      break;
    case 'TypeNotFoundException':
    case 'UnsupportedActionException':
      error = `${cloudType} cannot be updated through Cloud Control (${aws}).`;
      break;
    case 'InvalidRequestException':
    case 'ValidationException':
      error = `AWS rejected the patch: ${aws}`;
      break;
    default:
      if (err.kind === 'throttled') error = `AWS kept throttling the request (${err.attempts} attempts); nothing was changed. Try again in a moment.`;
      else if (err.kind === 'timeout' || err.kind === 'network' || err.kind === 'server') {
        error = `${err.message}. The update may or may not have reached AWS: rescan the resource before trying again.`;
      }
      else error = err.message;
  }
  return { error: redactText(error), ...(code ? { errorCode: code } : {}) };
}

/**
 * Sends a revert patch with UpdateResource and waits for the request to finish. Never throws: every failure is an
 * outcome with its reason. An empty patch is refused without any call. A 5xx, timeout or broken connection on
 * UpdateResource after the scheduler's retries is `UNKNOWN` (AWS may have accepted it); re-use `clientToken` to
 * re-attach to the same request rather than start another.
 */
export async function applyRevert(
  connection: CloudConnection,
  cloudType: string,
  identifier: string,
  patch: PatchOperation[],
  opts: ApplyOptions = {},
): Promise<RevertOutcome> {
  const started = Date.now();
  const clientToken = opts.clientToken ?? randomUUID();
  const signal = opts.signal;
  const priority = opts.priority ?? 3;
  const deadline = started + (opts.deadlineMs ?? 30 * 60_000);
  const maxPoll = opts.maxPollMs ?? 10_000;
  const progress = (p: Omit<RevertProgress, 'elapsedMs'>) => {
    try {
      opts.onProgress?.({ ...p, elapsedMs: Date.now() - started });
    } catch {
      // A failing progress callback must not break the revert.
    }
  };
  const label = `${cloudType} ${identifier}`;
  if (patch.length === 0) return { status: 'FAILED', clientToken, error: 'nothing to revert: the patch is empty; nothing was sent.' };
  if (signal?.aborted) return { status: 'CANCEL_COMPLETE', clientToken, error: 'cancelled before anything was sent; nothing changed.' };

  const scheduler = opts.scheduler ?? new RequestScheduler();
  const client = connection.client;
  const status = (token: string, jobSignal?: AbortSignal) =>
    scheduler.run({
      bucket: connection.bucket,
      priority,
      label: `GetResourceRequestStatus ${label}`,
      signal: jobSignal,
      call: (s) => client.send(new GetResourceRequestStatusCommand({ RequestToken: token }), { abortSignal: s }),
    });
  const finish = (event: ProgressEvent, token: string, note?: string): RevertOutcome => {
    const model = parseModel(event.ResourceModel);
    progress({ phase: 'done', status: event.OperationStatus, requestToken: token, message: event.StatusMessage });
    const base = { requestToken: token, clientToken, ...(model ? { resourceModel: model } : {}) };
    switch (event.OperationStatus) {
      case 'SUCCESS':
        return { status: 'SUCCESS', ...base, ...(note ? { error: note } : {}) };
      case 'FAILED':
        return {
          status: 'FAILED',
          ...base,
          ...(event.ErrorCode ? { errorCode: event.ErrorCode } : {}),
          error: redactText(`AWS could not apply the revert: ${event.StatusMessage ?? 'no reason given'}${event.ErrorCode ? ` (${event.ErrorCode})` : ''}.`),
        };
      default:
        return { status: 'CANCEL_COMPLETE', ...base, error: 'cancelled. Changes AWS had already made are not rolled back: rescan the resource.' };
    }
  };

  // 1. UpdateResource. Once an attempt is on the wire, cancellation waits for its answer (then cancels the request).
  progress({ phase: 'sending' });
  let onWire = false;
  let attempted = false;
  const beforeSend = new AbortController();
  const onAbort = () => {
    if (!onWire) beforeSend.abort(signal?.reason);
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  let event: ProgressEvent | undefined;
  try {
    const out = await scheduler.run({
      bucket: connection.bucket,
      priority,
      label: `UpdateResource ${label}`,
      signal: beforeSend.signal,
      call: async (s) => {
        onWire = true;
        attempted = true;
        try {
          return await client.send(
            new UpdateResourceCommand({ TypeName: cloudType, Identifier: identifier, PatchDocument: JSON.stringify(patch), ClientToken: clientToken }),
            { abortSignal: s },
          );
        } finally {
          onWire = false;
        }
      },
    });
    event = out.ProgressEvent;
  } catch (err) {
    if (err instanceof CallError && err.kind === 'cancelled') {
      return attempted
        ? { status: 'UNKNOWN', clientToken, error: 'cancelled while retrying UpdateResource: an earlier attempt may have reached AWS. Rescan the resource.' }
        : { status: 'CANCEL_COMPLETE', clientToken, error: 'cancelled before anything was sent; nothing changed.' };
    }
    const e = explain(err, cloudType);
    // A 5xx, a timeout or a broken connection may come after AWS accepted the request: its outcome is not known.
    const unsure = err instanceof CallError && (err.kind === 'server' || err.kind === 'network' || err.kind === 'timeout');
    progress({ phase: 'done', status: unsure ? 'UNKNOWN' : 'FAILED', message: e.error });
    return { status: unsure ? 'UNKNOWN' : 'FAILED', clientToken, ...e };
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
  const token = event?.RequestToken;
  if (!event || !token) return { status: 'UNKNOWN', clientToken, error: 'UpdateResource answered without a request token; rescan the resource.' };

  // 2. Wait for the request, with back-off (or Cloud Control's RetryAfter), until it ends, the deadline, or a cancel.
  let delay = opts.pollMs ?? 1000;
  try {
    while (!FINAL.has(event.OperationStatus ?? '')) {
      if (signal?.aborted) return await cancel(token);
      progress({ phase: 'waiting', status: event.OperationStatus, requestToken: token, message: event.StatusMessage });
      const now = Date.now();
      if (now >= deadline) {
        return {
          status: 'TIMED_OUT',
          requestToken: token,
          clientToken,
          error: `still ${event.OperationStatus} after ${Math.round((now - started) / 1000)} s; the update goes on in AWS (request ${token}). Rescan the resource later.`,
        };
      }
      const retryAfter = event.RetryAfter instanceof Date ? event.RetryAfter.getTime() - now : 0;
      await pause(Math.min(Math.max(delay, retryAfter), deadline - now), signal);
      delay = Math.min(maxPoll, delay * 1.5);
      if (signal?.aborted) return await cancel(token);
      try {
        event = (await status(token, signal)).ProgressEvent ?? event;
      } catch (err) {
        if (err instanceof CallError && err.kind === 'cancelled') return await cancel(token);
        if (err instanceof CallError && err.kind === 'client') {
          const e = explain(err, cloudType);
          return { status: 'UNKNOWN', requestToken: token, clientToken, error: `the update was accepted (request ${token}) but its status cannot be read: ${e.error}`, ...(e.errorCode ? { errorCode: e.errorCode } : {}) };
        }
        // Throttled or unreachable even after the scheduler's retries: poll again, until the deadline.
      }
    }
    return finish(event, token);
  } catch (err) {
    return { status: 'UNKNOWN', requestToken: token, clientToken, error: `the update was accepted (request ${token}) but waiting for it failed: ${explain(err, cloudType).error}` };
  }

  async function cancel(requestToken: string): Promise<RevertOutcome> {
    progress({ phase: 'cancelling', requestToken });
    let ev: ProgressEvent | undefined;
    try {
      ev = (
        await scheduler.run({
          bucket: connection.bucket,
          priority,
          label: `CancelResourceRequest ${label}`,
          call: (s) => client.send(new CancelResourceRequestCommand({ RequestToken: requestToken }), { abortSignal: s }),
        })
      ).ProgressEvent;
    } catch (err) {
      // Already finished (ConcurrentModificationException): report how it finished.
      if (!(err instanceof CallError && err.code === 'ConcurrentModificationException')) {
        return { status: 'UNKNOWN', requestToken, clientToken, error: `the revert could not be cancelled: ${explain(err, cloudType).error} Rescan the resource.` };
      }
    }
    // Until the cancellation (or the request) ends: a short wait, whatever the caller's signal says now.
    const end = Date.now() + 60_000;
    let wait = opts.pollMs ?? 1000;
    try {
      while (!ev || !FINAL.has(ev.OperationStatus ?? '')) {
        if (ev) {
          if (Date.now() >= end) return { status: 'UNKNOWN', requestToken, clientToken, error: `cancelling: still ${ev.OperationStatus} after a minute. Rescan the resource.` };
          await pause(wait);
          wait = Math.min(maxPoll, wait * 1.5);
        }
        const got = (await status(requestToken)).ProgressEvent;
        if (!got) return { status: 'UNKNOWN', requestToken, clientToken, error: 'cancel sent, but the request status came back empty. Rescan the resource.' };
        ev = got;
      }
    } catch (err) {
      return { status: 'UNKNOWN', requestToken, clientToken, error: `cancel sent, but the request's status cannot be read: ${explain(err, cloudType).error}` };
    }
    return finish(ev, requestToken, ev.OperationStatus === 'SUCCESS' ? 'the request had already finished when it was cancelled: the revert was applied.' : undefined);
  }
}
