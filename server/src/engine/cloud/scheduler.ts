// The request scheduler: the one place where Driftlog's AWS calls are paced, retried, timed out and cancelled.
// The language server and the CLI share it. The SDK clients are built with `maxAttempts: 1`, so a retry happens
// here and only here, and every attempt is counted.
//
// - Bounded concurrency: at most `concurrency` calls in flight, over all accounts and regions.
// - A token bucket per bucket key (account + region): at most `rate` calls per second, with a burst of `burst`.
//   On a throttling answer the bucket's rate is cut (multiplicative decrease, at most once per second) and it
//   creeps back towards the configured rate on successes (additive increase): AIMD, as TCP does.
// - Retries with exponential back-off and full jitter on throttling, 5xx, connection errors and timeouts; any
//   other error (access denied, not found, unknown type, invalid request) is final at once.
// - A per-call timeout: the call's AbortSignal fires, and the SDK aborts the HTTP request.
// - Cancellation: when the scheduler's signal (the scan's) or the job's own signal fires, queued jobs are
//   rejected at once and in-flight calls are aborted; nothing new is issued.
// - Priorities: higher first, FIFO within a priority (open files first).

export interface SchedulerOptions {
  /** Calls in flight at most, over all buckets. Default 16. */
  concurrency?: number;
  /** Calls per second per bucket (account + region). Default 20. */
  rate?: number;
  /** Tokens a bucket can hold: the largest burst. Default 2: calls are evenly paced at 1/rate, and a timer that fires late
   * does not lose the time it was late (a bucket of 1 would drop it, and the scan would run below the rate). */
  burst?: number;
  /** Per-call timeout in ms. Default 15000. */
  timeoutMs?: number;
  /** Attempts per job, the first included. Default 10. */
  maxAttempts?: number;
  /** Back-off base and cap in ms: attempt n waits a random time in [0, min(cap, base * 2^n)]. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Lower a bucket's rate on throttling and raise it back on success. Default true. */
  adaptive?: boolean;
  /** Cancels everything: queued jobs are rejected, in-flight calls aborted. */
  signal?: AbortSignal;
  /** Random source for the jitter, [0, 1). */
  random?: () => number;
}

export interface CallJob<T> {
  /** Token-bucket key: account and region. */
  bucket: string;
  /** Higher runs first. Default 0. */
  priority?: number;
  /** For error messages: `GetResource AWS::S3::Bucket my-bucket`. */
  label?: string;
  signal?: AbortSignal;
  /** The call itself; it must honour `signal` (pass it as the SDK's `abortSignal`). */
  call: (signal: AbortSignal) => Promise<T>;
}

export interface SchedulerStats {
  /** Every attempt sent, retries included. */
  calls: number;
  succeeded: number;
  throttled: number;
  serverErrors: number;
  networkErrors: number;
  timeouts: number;
  retries: number;
  /** Jobs that ended in an error (after retries, or at once for a final error). */
  failed: number;
}

/** Why a call failed, for the resource's `error` reason. */
export type FailureKind = 'throttled' | 'server' | 'network' | 'timeout' | 'cancelled' | 'client';

export class CallError extends Error {
  constructor(
    message: string,
    readonly kind: FailureKind,
    /** The AWS error code (`AccessDeniedException`, `ResourceNotFoundException`...), when there is one. */
    readonly code: string | undefined,
    readonly attempts: number,
    readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'CallError';
  }
}

const THROTTLE_CODES = new Set([
  'ThrottlingException',
  'Throttling',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
  'ProvisionedThroughputExceededException',
]);
const SERVER_CODES = new Set(['ServiceInternalErrorException', 'InternalFailure', 'InternalError', 'ServiceUnavailable', 'ServiceUnavailableException']);
const NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN', 'ENOTFOUND', 'ECONNABORTED', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_SOCKET']);

interface ErrorLike {
  name?: string;
  code?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number };
  $response?: { statusCode?: number };
}

/** The AWS error code of an SDK error, or its name. */
export function errorCode(err: unknown): string | undefined {
  if (!err || typeof err !== 'object') return undefined;
  const e = err as ErrorLike;
  return e.name && e.name !== 'Error' ? e.name : e.code;
}

/** How an error should be treated: retried (throttled/server/network) or final (client). */
export function classifyError(err: unknown): Exclude<FailureKind, 'timeout' | 'cancelled'> {
  if (!err || typeof err !== 'object') return 'client';
  const e = err as ErrorLike;
  const status = e.$metadata?.httpStatusCode ?? e.$response?.statusCode;
  if ((e.name && THROTTLE_CODES.has(e.name)) || (e.code && THROTTLE_CODES.has(e.code)) || status === 429) return 'throttled';
  if ((e.name && SERVER_CODES.has(e.name)) || (status !== undefined && status >= 500)) return 'server';
  if ((e.code && NETWORK_CODES.has(e.code)) || (e.name && NETWORK_CODES.has(e.name))) return 'network';
  // Errors raised below the SDK's error parsing: a reset socket, a truncated or unparsable body.
  if (status === undefined && /socket hang up|ECONNRESET|EPIPE|network|premature close|aborted|Unexpected end of JSON|Deserialization error/i.test(e.message ?? '')) {
    return 'network';
  }
  return 'client';
}

class TokenBucket {
  tokens: number;
  rate: number;
  private last: number;
  private lastDecrease = 0;

  constructor(
    readonly maxRate: number,
    readonly burst: number,
    now: number,
  ) {
    this.rate = maxRate;
    this.tokens = burst;
    this.last = now;
  }

  refill(now: number): void {
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.rate);
    this.last = now;
  }

  /** ms until one token is there (0 when there is one). */
  waitMs(now: number): number {
    this.refill(now);
    return this.tokens >= 1 ? 0 : Math.ceil(((1 - this.tokens) / this.rate) * 1000);
  }

  onThrottle(now: number): void {
    if (now - this.lastDecrease < 1000) return;
    this.lastDecrease = now;
    this.refill(now);
    this.rate = Math.max(Math.min(1, this.maxRate), this.rate * 0.7);
  }

  onSuccess(): void {
    if (this.rate < this.maxRate) this.rate = Math.min(this.maxRate, this.rate + 1 / this.rate);
  }
}

interface Pending {
  job: CallJob<unknown>;
  priority: number;
  seq: number;
  attempt: number;
  notBefore: number;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
  /** The controller of the attempt in flight. */
  ctrl?: AbortController;
}

function abortReason(signal: AbortSignal | undefined): string {
  const r: unknown = signal?.reason;
  return r instanceof Error && r.name !== 'AbortError' ? r.message : 'cancelled';
}

export class RequestScheduler {
  readonly stats: SchedulerStats = { calls: 0, succeeded: 0, throttled: 0, serverErrors: 0, networkErrors: 0, timeouts: 0, retries: 0, failed: 0 };
  private readonly concurrency: number;
  private readonly rate: number;
  private readonly burst: number;
  private readonly timeoutMs: number;
  private readonly maxAttempts: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly adaptive: boolean;
  private readonly random: () => number;
  private readonly buckets = new Map<string, TokenBucket>();
  private readonly queue: Pending[] = [];
  private readonly inFlight = new Set<AbortController>();
  /** Jobs per caller signal (one listener per signal however many jobs share it: a scan's thousand calls). */
  private readonly bySignal = new Map<AbortSignal, { jobs: Set<Pending>; listener: () => void }>();
  private seq = 0;
  private timer: NodeJS.Timeout | undefined;
  private timerAt = Infinity;
  private readonly signal: AbortSignal | undefined;

  constructor(opts: SchedulerOptions = {}) {
    this.concurrency = Math.max(1, Math.floor(opts.concurrency ?? 16));
    this.rate = opts.rate ?? 20;
    if (!(this.rate > 0)) throw new Error(`the request rate must be a positive number of calls per second (got ${opts.rate})`);
    this.burst = Math.max(1, opts.burst ?? 2);
    this.timeoutMs = opts.timeoutMs ?? 15_000;
    this.maxAttempts = Math.max(1, opts.maxAttempts ?? 10);
    this.baseDelayMs = opts.baseDelayMs ?? 100;
    this.maxDelayMs = opts.maxDelayMs ?? 5_000;
    this.adaptive = opts.adaptive ?? true;
    this.random = opts.random ?? Math.random;
    this.signal = opts.signal;
    this.signal?.addEventListener('abort', () => this.cancelAll(), { once: true });
  }

  /** Jobs queued or waiting for a retry, not counting those in flight. */
  get queued(): number {
    return this.queue.length;
  }

  get active(): number {
    return this.inFlight.size;
  }

  /** The current (adaptive) rate of a bucket, calls per second. */
  currentRate(bucket: string): number {
    return this.buckets.get(bucket)?.rate ?? this.rate;
  }

  /** Run a call through the scheduler. Rejects with a CallError after the last attempt or on cancellation. */
  run<T>(job: CallJob<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const label = job.label ?? 'call';
      if (this.signal?.aborted || job.signal?.aborted) {
        reject(new CallError(`${label}: ${abortReason(this.signal?.aborted ? this.signal : job.signal)}`, 'cancelled', undefined, 0));
        return;
      }
      const p: Pending = {
        job: job as CallJob<unknown>,
        priority: job.priority ?? 0,
        seq: this.seq++,
        attempt: 0,
        notBefore: 0,
        resolve: resolve as (v: unknown) => void,
        reject,
      };
      if (job.signal && job.signal !== this.signal) this.attach(job.signal, p);
      this.queue.push(p);
      this.pump();
    });
  }

  /** Reject every queued job and abort every call in flight. */
  cancelAll(): void {
    const queued = this.queue.splice(0);
    for (const p of queued) {
      this.detach(p);
      p.reject(new CallError(`${p.job.label ?? 'call'}: ${abortReason(this.signal)}`, 'cancelled', undefined, p.attempt));
    }
    for (const c of this.inFlight) c.abort();
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.timerAt = Infinity;
  }

  private attach(signal: AbortSignal, p: Pending): void {
    let entry = this.bySignal.get(signal);
    if (!entry) {
      const jobs = new Set<Pending>();
      const listener = () => {
        this.bySignal.delete(signal);
        for (const q of jobs) {
          const i = this.queue.indexOf(q);
          if (i >= 0) {
            this.queue.splice(i, 1);
            this.stats.failed++;
            q.reject(new CallError(`${q.job.label ?? 'call'}: ${abortReason(signal)}`, 'cancelled', undefined, q.attempt));
          } else q.ctrl?.abort(signal.reason);
        }
        this.pump();
      };
      entry = { jobs, listener };
      this.bySignal.set(signal, entry);
      signal.addEventListener('abort', listener, { once: true });
    }
    entry.jobs.add(p);
  }

  /** A job is over: forget it, and the signal's listener with its last job. */
  private detach(p: Pending): void {
    const signal = p.job.signal;
    const entry = signal && this.bySignal.get(signal);
    if (!entry) return;
    entry.jobs.delete(p);
    if (entry.jobs.size === 0) {
      signal.removeEventListener('abort', entry.listener);
      this.bySignal.delete(signal);
    }
  }

  private bucket(key: string, now: number): TokenBucket {
    let b = this.buckets.get(key);
    if (!b) {
      b = new TokenBucket(this.rate, this.burst, now);
      this.buckets.set(key, b);
    }
    return b;
  }

  private pump(): void {
    if (this.signal?.aborted) return;
    const now = Date.now();
    let wake = Infinity;
    while (this.inFlight.size < this.concurrency && this.queue.length > 0) {
      // The best job that may go now: highest priority, then oldest. A job whose bucket is empty does not hold
      // up jobs of other buckets.
      let best = -1;
      const blocked = new Set<string>();
      for (let i = 0; i < this.queue.length; i++) {
        const p = this.queue[i];
        if (p.notBefore > now) {
          wake = Math.min(wake, p.notBefore);
          continue;
        }
        if (blocked.has(p.job.bucket)) continue;
        const b = this.queue[best];
        if (best >= 0 && (p.priority < b.priority || (p.priority === b.priority && p.seq > b.seq))) continue;
        const w = this.bucket(p.job.bucket, now).waitMs(now);
        if (w > 0) {
          blocked.add(p.job.bucket);
          wake = Math.min(wake, now + w);
          continue;
        }
        best = i;
      }
      if (best < 0) break;
      // A better job of a blocked bucket may have been skipped; that is right: it cannot go now anyway.
      const [p] = this.queue.splice(best, 1);
      this.bucket(p.job.bucket, now).tokens -= 1;
      this.start(p);
    }
    if (this.queue.length > 0 && this.inFlight.size < this.concurrency && wake < Infinity) this.wakeAt(wake);
  }

  private wakeAt(at: number): void {
    if (this.timer && this.timerAt <= at) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.timerAt = Infinity;
      this.pump();
    }, Math.max(0, at - Date.now()));
  }

  private start(p: Pending): void {
    const ctrl = new AbortController();
    const label = p.job.label ?? 'call';
    let timedOut = false;
    const timeout = setTimeout(() => {
      timedOut = true;
      ctrl.abort(new Error(`timed out after ${this.timeoutMs} ms`));
    }, this.timeoutMs);
    p.ctrl = ctrl;
    this.inFlight.add(ctrl);
    p.attempt++;
    this.stats.calls++;
    const finish = () => {
      clearTimeout(timeout);
      p.ctrl = undefined;
      this.inFlight.delete(ctrl);
    };
    let promise: Promise<unknown>;
    try {
      promise = Promise.resolve(p.job.call(ctrl.signal));
    } catch (err) {
      promise = Promise.reject(err);
    }
    promise.then(
      (value) => {
        finish();
        this.stats.succeeded++;
        if (this.adaptive) this.buckets.get(p.job.bucket)?.onSuccess();
        this.detach(p);
        p.resolve(value);
        this.pump();
      },
      (err: unknown) => {
        finish();
        const cancelled = this.signal?.aborted || p.job.signal?.aborted;
        if (cancelled) {
          this.detach(p);
          this.stats.failed++;
          p.reject(new CallError(`${label}: ${abortReason(this.signal?.aborted ? this.signal : p.job.signal)}`, 'cancelled', undefined, p.attempt, err));
          return;
        }
        const kind: FailureKind = timedOut ? 'timeout' : classifyError(err);
        const code = timedOut ? undefined : errorCode(err);
        if (kind === 'throttled') {
          this.stats.throttled++;
          if (this.adaptive) this.buckets.get(p.job.bucket)?.onThrottle(Date.now());
        } else if (kind === 'server') this.stats.serverErrors++;
        else if (kind === 'network') this.stats.networkErrors++;
        else if (kind === 'timeout') this.stats.timeouts++;
        if (kind !== 'client' && p.attempt < this.maxAttempts) {
          this.stats.retries++;
          const cap = Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** (p.attempt - 1));
          p.notBefore = Date.now() + Math.floor(this.random() * cap);
          this.queue.push(p);
          this.pump();
          return;
        }
        this.detach(p);
        this.stats.failed++;
        const reason = timedOut ? `timed out after ${this.timeoutMs} ms` : describeError(err);
        const tail = kind === 'client' ? '' : ` (gave up after ${p.attempt} attempt${p.attempt === 1 ? '' : 's'})`;
        p.reject(new CallError(`${label}: ${reason}${tail}`, kind, code, p.attempt, err));
        this.pump();
      },
    );
  }
}

/** A one-line description of an SDK error: `AccessDeniedException: User ... is not authorized`. */
export function describeError(err: unknown): string {
  if (err instanceof Error) {
    const code = errorCode(err);
    const msg = err.message || '(no message)';
    return code && !msg.startsWith(code) ? `${code}: ${msg}` : msg;
  }
  return String(err);
}
