// "Who changed it last" in the cloud: CloudTrail LookupEvents for one resource, through the real
// @aws-sdk/client-cloudtrail with the credentials of the resource's provider connection.
//
// - Which events: LookupEvents with one attribute, ResourceName = the Cloud Control identifier; then the other
//   names CloudTrail may record for it (an ARN the caller knows, the parts of a compound `a|b` identifier), until
//   one of them has a change. Newest first; read-only events (ReadOnly "true", or Get*/List*/Describe*/...) and
//   failed calls (an errorCode in the record) are skipped: only a mutation is "the last change".
// - Where: the resource's region, except for global services (IAM, Route 53, CloudFront, ...) whose events
//   CloudTrail records in us-east-1.
// - Pace: LookupEvents allows 2 requests per second per account and region. Calls go through a RequestScheduler
//   of their own at that rate (token bucket per account+region, AIMD), which also retries throttling, 5xx and
//   network errors with jittered exponential back-off. The SDK client itself never retries (maxAttempts 1).
// - Cache: answers per resource for a TTL (a failure for a shorter one), dropped on demand (`invalidate`) after a
//   revert or a rescan. Concurrent asks for the same resource share one lookup.
// - A missing source is an answer, never an exception: "CloudTrail: no events in the last 90 days",
//   "CloudTrail not available: access denied (cloudtrail:LookupEvents)", "CloudTrail not available: <reason>".
// - Nothing from the event but the identity, the event name, source and time is kept: request parameters may
//   hold secrets.
import { CloudTrailClient, LookupEventsCommand, type Event as TrailEvent } from '@aws-sdk/client-cloudtrail';
import type { CloudConnection } from '../cloud/connect';
import { CallError, describeError, RequestScheduler } from '../cloud/scheduler';
import { redactText } from '../log/redact';

/** What a lookup needs of a provider connection: a CloudConnection (engine/cloud/connect) fits. */
export type CloudTrailTarget = Pick<CloudConnection, 'region' | 'credentials' | 'bucket'> & { account?: string };

export interface CloudResourceRef {
  /** Cloud Control type (`AWS::EC2::Instance`): decides the region of global services. */
  cloudType?: string;
  /** The Cloud Control identifier: the first ResourceName tried. */
  identifier?: string;
  /** Other names CloudTrail may record for the resource (its ARN, say), tried next. */
  names?: string[];
  /** Region of the resource; default the target's. */
  region?: string;
}

export interface CloudChangeFound {
  kind: 'found';
  /** The principal's ARN from userIdentity, else the CloudTrail user name, else the invoking service. */
  principal: string;
  /** userIdentity.type: IAMUser, AssumedRole, Root, AWSService, ... */
  principalType?: string;
  eventName: string;
  eventSource?: string;
  time: Date;
  region: string;
  /** The ResourceName value that matched. */
  matchedName: string;
}

export interface CloudChangeNone {
  kind: 'none';
  /** `CloudTrail: no events in the last 90 days`, or that only read-only events were found. */
  message: string;
}

export interface CloudChangeUnavailable {
  kind: 'unavailable';
  /** Short reason: `access denied (cloudtrail:LookupEvents)`, `UnrecognizedClientException: ...`. */
  reason: string;
  /** `CloudTrail not available: <reason>`. */
  message: string;
}

export type CloudChange = CloudChangeFound | CloudChangeNone | CloudChangeUnavailable;

export interface CloudHistoryOptions {
  /** Explicit CloudTrail endpoint. Absent: the SDK's own configuration (AWS_ENDPOINT_URL_CLOUDTRAIL, AWS_ENDPOINT_URL, endpoint_url). */
  endpoint?: string;
  /** Requests per second per account and region (LookupEvents' documented limit: 2). */
  rate?: number;
  /** Largest burst (default 2). */
  burst?: number;
  /** How long an answer is reused, ms (default 5 minutes). */
  ttlMs?: number;
  /** How long a failure is reused, ms (default 30 s), so a denied key is not asked on every hover. */
  failureTtlMs?: number;
  /** Pages (of 50 events) read per name before giving up on finding a change among read-only events (default 2). */
  maxPages?: number;
  /** At most this many names tried per resource (default 3). */
  maxNames?: number;
  /** Per-call timeout, ms (default 10 s). */
  timeoutMs?: number;
  /** Attempts per call, the first included (default 6). */
  maxAttempts?: number;
  /** Back-off base, ms (default 250). */
  baseDelayMs?: number;
  /** Clock for the cache (default Date.now). */
  now?: () => number;
}

export const NO_EVENTS = 'CloudTrail: no events in the last 90 days';
export const ACCESS_DENIED = 'access denied (cloudtrail:LookupEvents)';

/** CloudTrail records the events of these global services in us-east-1. */
const GLOBAL_SERVICES = new Set(['IAM', 'Route53', 'CloudFront', 'Organizations', 'GlobalAccelerator', 'Shield', 'WAF', 'IdentityCenter', 'SSO']);

const READ_ONLY_NAME = /^(Get|List|Describe|Lookup|Head|Search|Scan|Query|BatchGet|Check|Preview|Validate|Test|Select|View|Estimate|Simulate|Detect|Verify|Download)[A-Z]/;

export function isReadOnlyEvent(e: Pick<TrailEvent, 'ReadOnly' | 'EventName'>): boolean {
  return e.ReadOnly === 'true' || READ_ONLY_NAME.test(e.EventName ?? '');
}

function unavailable(reason: string): CloudChangeUnavailable {
  return { kind: 'unavailable', reason, message: `CloudTrail not available: ${reason}` };
}

function lookupRegion(ref: CloudResourceRef, target: CloudTrailTarget): string {
  const service = ref.cloudType?.split('::')[1];
  if (service && GLOBAL_SERVICES.has(service)) return 'us-east-1';
  return ref.region ?? target.region;
}

/** The names tried, in order, without duplicates. */
export function candidateNames(ref: CloudResourceRef, max = 3): string[] {
  const out: string[] = [];
  const add = (n: string | undefined) => {
    const v = n?.trim();
    if (v && !out.includes(v)) out.push(v);
  };
  add(ref.identifier);
  for (const n of ref.names ?? []) add(n);
  if (ref.identifier?.includes('|')) for (const part of ref.identifier.split('|')) add(part);
  return out.slice(0, Math.max(1, max));
}

/** The one-line reason of a failed lookup, secrets scrubbed. */
export function reasonOf(err: unknown): string {
  const cause = err instanceof CallError ? (err.cause ?? err) : err;
  const code = err instanceof CallError ? err.code : (cause as { name?: string } | undefined)?.name;
  const text = describeError(cause);
  if (
    /^(AccessDenied|AccessDeniedException|UnauthorizedOperation|UnauthorizedAccess|NotAuthorized)$/.test(code ?? '') ||
    /not authorized to perform|AccessDenied/i.test(text)
  ) {
    return ACCESS_DENIED;
  }
  if (err instanceof CallError && err.kind === 'cancelled') return 'cancelled';
  if (err instanceof CallError && err.kind !== 'client') {
    const tail = / \(gave up after \d+ attempts?\)$/.exec(err.message)?.[0] ?? '';
    const what = err.kind === 'throttled' ? 'throttled' : err.kind === 'timeout' ? 'timed out' : err.kind === 'server' ? 'server error' : 'network error';
    return redactText(`${what}: ${text.split('\n')[0]}${tail}`);
  }
  if ((cause as { name?: string } | undefined)?.name === 'CredentialsProviderError') return redactText(`no AWS credentials: ${text.split('\n')[0]}`);
  return redactText(text.split('\n')[0]!);
}

interface Identity {
  type?: string;
  arn?: string;
  userName?: string;
  invokedBy?: string;
  principalId?: string;
  sessionContext?: { sessionIssuer?: { arn?: string } };
}

/** Who made the event: the ARN in the record's userIdentity, else the user name, else the invoking service. */
function principalOf(e: TrailEvent): { principal: string; type?: string; failed: boolean } {
  let id: Identity | undefined;
  let failed = false;
  if (e.CloudTrailEvent) {
    try {
      const rec = JSON.parse(e.CloudTrailEvent) as { userIdentity?: Identity; errorCode?: string };
      id = rec.userIdentity;
      failed = typeof rec.errorCode === 'string' && rec.errorCode !== '';
    } catch {
      // an unparsable record: fall back to the event's own fields
    }
  }
  const principal = id?.arn || e.Username || id?.userName || id?.invokedBy || id?.principalId || 'unknown principal';
  return { principal, type: id?.type, failed };
}

interface CacheEntry {
  key: string;
  identifier: string | undefined;
  /** The shared lookup; settles to the answer. */
  promise: Promise<CloudChange>;
  /** Set once settled. */
  expires?: number;
  /** Callers still waiting; the lookup is aborted when the last one leaves. */
  waiters: number;
  ctrl: AbortController;
}

/**
 * One per language server (or CLI run): the CloudTrail clients, the LookupEvents scheduler and the answer cache.
 */
export class CloudHistory {
  private readonly scheduler: RequestScheduler;
  private readonly clients = new Map<string, CloudTrailClient>();
  private readonly credentialIds = new WeakMap<object, number>();
  private nextCredentialsId = 1;
  private readonly cache = new Map<string, CacheEntry>();
  private readonly ttlMs: number;
  private readonly failureTtlMs: number;
  private readonly maxPages: number;
  private readonly maxNames: number;
  private readonly now: () => number;

  constructor(private readonly opts: CloudHistoryOptions = {}) {
    this.scheduler = new RequestScheduler({
      rate: opts.rate ?? 2,
      burst: opts.burst ?? 2,
      concurrency: 4,
      timeoutMs: opts.timeoutMs ?? 10_000,
      maxAttempts: opts.maxAttempts ?? 6,
      baseDelayMs: opts.baseDelayMs ?? 250,
      maxDelayMs: 8_000,
    });
    this.ttlMs = opts.ttlMs ?? 5 * 60_000;
    this.failureTtlMs = opts.failureTtlMs ?? 30_000;
    this.maxPages = Math.max(1, opts.maxPages ?? 2);
    this.maxNames = Math.max(1, opts.maxNames ?? 3);
    this.now = opts.now ?? Date.now;
  }

  /** Attempts sent so far, retries included, and how many were throttled (for status and tests). */
  get stats(): { calls: number; throttled: number; retries: number } {
    const s = this.scheduler.stats;
    return { calls: s.calls, throttled: s.throttled, retries: s.retries };
  }

  /**
   * The last change of a resource according to CloudTrail. Never throws: a missing source is a `none` or
   * `unavailable` answer. `signal` abandons the wait (the lookup stops when nobody waits for it any more).
   */
  async lastCloudChange(target: CloudTrailTarget, ref: CloudResourceRef, options: { signal?: AbortSignal; priority?: number } = {}): Promise<CloudChange> {
    if (options.signal?.aborted) return unavailable('cancelled');
    const region = lookupRegion(ref, target);
    const names = candidateNames(ref, this.maxNames);
    if (names.length === 0) return unavailable('the resource has no identifier to look up');
    // The token bucket is the account's (or credentials') in the region looked up: `<who>|<region>`.
    const bar = target.bucket.lastIndexOf('|');
    const bucket = `${bar >= 0 ? target.bucket.slice(0, bar) : target.bucket}|${region}`;
    const key = JSON.stringify([bucket, this.credentialsId(target), ref.cloudType ?? '', names]);
    let entry = this.cache.get(key);
    if (entry && entry.expires !== undefined && entry.expires <= this.now()) {
      this.cache.delete(key);
      entry = undefined;
    }
    if (!entry) {
      const ctrl = new AbortController();
      const created: CacheEntry = { key, identifier: ref.identifier, waiters: 0, ctrl, promise: Promise.resolve(unavailable('cancelled')) };
      created.promise = this.lookup(target, region, bucket, names, ctrl.signal, options.priority ?? 0).then((answer) => {
        if (this.cache.get(key) === created) {
          if (answer.kind === 'unavailable' && answer.reason === 'cancelled') this.cache.delete(key);
          else created.expires = this.now() + (answer.kind === 'unavailable' ? this.failureTtlMs : this.ttlMs);
        }
        return answer;
      });
      this.cache.set(key, created);
      entry = created;
      if (this.cache.size > 2_000) this.sweep();
    }
    return this.wait(entry, options.signal);
  }

  private wait(entry: CacheEntry, signal: AbortSignal | undefined): Promise<CloudChange> {
    if (!signal) {
      entry.waiters++; // a caller that cannot cancel keeps the lookup alive
      return entry.promise;
    }
    if (signal.aborted) return Promise.resolve(unavailable('cancelled'));
    entry.waiters++;
    return new Promise<CloudChange>((resolve) => {
      let done = false;
      const leave = () => {
        if (done) return;
        done = true;
        signal.removeEventListener('abort', onAbort);
        entry.waiters--;
      };
      const onAbort = () => {
        leave();
        if (entry.waiters === 0 && entry.expires === undefined) {
          entry.ctrl.abort();
          if (this.cache.get(entry.key) === entry) this.cache.delete(entry.key);
        }
        resolve(unavailable('cancelled'));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      entry.promise.then((answer) => {
        leave();
        resolve(answer);
      });
    });
  }

  /** Drop expired answers (a long session hovers over many resources). */
  private sweep(): void {
    const now = this.now();
    for (const [k, e] of this.cache) if (e.expires !== undefined && e.expires <= now) this.cache.delete(k);
  }

  /** Forget cached answers: of one resource (by identifier), or all. Call after a revert or a rescan. */
  invalidate(identifier?: string): void {
    for (const [k, e] of this.cache) {
      // An in-flight lookup still answers its waiters, but the next ask starts anew.
      if (identifier === undefined || e.identifier === identifier) this.cache.delete(k);
    }
  }

  /** Stop every lookup and close the clients' sockets. */
  destroy(): void {
    this.scheduler.cancelAll();
    for (const e of this.cache.values()) e.ctrl.abort();
    this.cache.clear();
    for (const c of this.clients.values()) c.destroy();
    this.clients.clear();
  }

  /** A number per credentials provider: answers and clients are never shared between two sets of credentials. */
  private credentialsId(target: CloudTrailTarget): number {
    let id = this.credentialIds.get(target.credentials);
    if (id === undefined) this.credentialIds.set(target.credentials, (id = this.nextCredentialsId++));
    return id;
  }

  private client(target: CloudTrailTarget, region: string): CloudTrailClient {
    const key = `${this.credentialsId(target)}|${region}`;
    let c = this.clients.get(key);
    if (!c) {
      c = new CloudTrailClient({
        region,
        credentials: target.credentials,
        ...(this.opts.endpoint ? { endpoint: this.opts.endpoint } : {}),
        maxAttempts: 1, // the scheduler is the one place that retries
        requestHandler: { connectionTimeout: 5_000 },
      });
      this.clients.set(key, c);
    }
    return c;
  }

  private async lookup(target: CloudTrailTarget, region: string, bucket: string, names: string[], signal: AbortSignal, priority: number): Promise<CloudChange> {
    const client = this.client(target, region);
    let readOnlySeen = 0;
    try {
      for (const name of names) {
        let token: string | undefined;
        for (let page = 0; page < this.maxPages; page++) {
          const nextToken = token;
          const out = await this.scheduler.run({
            bucket,
            priority,
            signal,
            label: `CloudTrail LookupEvents ResourceName=${name} (${region})`,
            call: (s) =>
              client.send(
                new LookupEventsCommand({ LookupAttributes: [{ AttributeKey: 'ResourceName', AttributeValue: name }], MaxResults: 50, NextToken: nextToken }),
                { abortSignal: s },
              ),
          });
          for (const e of out.Events ?? []) {
            if (isReadOnlyEvent(e)) {
              readOnlySeen++;
              continue;
            }
            const who = principalOf(e);
            if (who.failed) continue; // a refused or failed call changed nothing
            if (!e.EventTime) continue;
            return {
              kind: 'found',
              principal: who.principal,
              principalType: who.type,
              eventName: e.EventName ?? 'unknown event',
              eventSource: e.EventSource,
              time: e.EventTime,
              region,
              matchedName: name,
            };
          }
          token = out.NextToken || undefined;
          if (!token) break;
        }
      }
    } catch (err) {
      return unavailable(reasonOf(err));
    }
    if (readOnlySeen > 0) return { kind: 'none', message: `CloudTrail: no changes in the last 90 days (only ${readOnlySeen} read-only event${readOnlySeen === 1 ? '' : 's'})` };
    return { kind: 'none', message: NO_EVENTS };
  }
}

/** `changed by arn:aws:iam::123456789012:user/alice on 2026-11-20`, for a diagnostic's message; undefined when not known. */
export function diagnosticSuffix(change: CloudChange | undefined): string | undefined {
  if (!change || change.kind !== 'found') return undefined;
  return `changed by ${change.principal} on ${change.time.toISOString().slice(0, 10)}`;
}
