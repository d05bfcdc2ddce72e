// The emulator's HTTP server (node:http only): the Cloud Control (awsJson1_0) and CloudTrail LookupEvents
// (awsJson1_1) wire protocols behind SigV4 verification and fault injection, plus the `/_admin/` API (no SigV4) for
// out-of-band changes, counters and request logs. `startEmulator` is the programmatic entry for tests and the demo.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { CloudControl, CLOUDCONTROL_OPERATIONS, type Caller, type CloudControlOperation } from './cloudcontrol';
import { Faults, seededRandom, type FaultOptions } from './faults';
import { loadSeedFile, validateSeed, type JsonObject, type Seed, type SeedCredential } from './seed';
import { verifyRequest } from './sigv4';
import { ApiError, CLOUDCONTROL_ERROR_STATUS, ResourceStore } from './store';
import { cloudTrailRecord, Trail } from './trail';

export interface EmulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** The seed object, or the path of a seed JSON file. */
  seed: Seed | string;
  faults?: FaultOptions;
  /** Seed of the random generator behind faults and generated ids; random when absent. */
  rngSeed?: number;
  /** How long a mutation stays IN_PROGRESS before it completes (default 200 ms). */
  mutationDelayMs?: number;
  /** The emulator's clock (default: the system clock). */
  now?: () => Date;
}

export interface Counters {
  /** Every API request received (not the admin API), per operation (`GetResource`, `LookupEvents`, `unknown`). */
  total: number;
  byOperation: Record<string, number>;
  /** How requests ended: ok, client-error, auth-error, rate-limited, throttled, server-error, reset, timeout. */
  byOutcome: Record<string, number>;
}

export interface RequestLogEntry {
  time: string;
  service: 'cloudcontrol' | 'cloudtrail' | 'unknown';
  operation: string;
  status?: number;
  outcome: string;
  errorCode?: string;
  account?: string;
  region?: string;
  principalArn?: string;
  typeName?: string;
  identifier?: string;
  durationMs: number;
}

export interface AdminResource {
  account: string;
  region: string;
  type: string;
  identifier: string;
  /** All properties, write-only ones included. */
  properties: JsonObject;
}

export interface AdminScope {
  account?: string;
  region?: string;
}

export interface AdminMutation extends AdminScope {
  type: string;
  /** Who made the change: an ARN, or a user name (`alice` becomes arn:aws:iam::<account>:user/alice). */
  principal?: string;
  /** The CloudTrail event name and source; default `Update<Resource>` and `<service>.amazonaws.com`. */
  eventName?: string;
  eventSource?: string;
  /** When the change happened (ISO 8601); default now. */
  eventTime?: string;
}

/** The admin API, the same in process (`emulator.admin`) and over HTTP (`AdminClient`). */
export interface EmulatorAdmin {
  health(): Promise<{ ok: true }>;
  counters(): Promise<Counters>;
  resetCounters(): Promise<void>;
  requests(limit?: number): Promise<RequestLogEntry[]>;
  listResources(filter?: AdminScope & { type?: string }): Promise<AdminResource[]>;
  getResource(q: AdminScope & { type: string; identifier: string }): Promise<AdminResource | undefined>;
  createResource(m: AdminMutation & { properties: JsonObject }): Promise<AdminResource>;
  /** An out-of-band change: an RFC 6902 `patch`, or top-level `properties` merged in (null removes). */
  updateResource(m: AdminMutation & { identifier: string; patch?: unknown[]; properties?: JsonObject }): Promise<AdminResource>;
  deleteResource(m: AdminMutation & { identifier: string }): Promise<void>;
  events(q?: AdminScope): Promise<Record<string, unknown>[]>;
  faults(): Promise<FaultOptions>;
  setFaults(f: FaultOptions): Promise<void>;
}

export interface Emulator {
  url: string;
  port: number;
  admin: EmulatorAdmin;
  /** The seed's first credential, for clients in tests and the demo. */
  credentials: SeedCredential;
  /** Environment for an AWS SDK process pointed at this emulator (endpoints, keys, region). */
  env(region?: string): Record<string, string>;
  stop(): Promise<void>;
}

const MAX_LOG = 10_000;
const CLOUDTRAIL_ERRORS = new Set([
  'InvalidLookupAttributesException',
  'InvalidTimeRangeException',
  'InvalidMaxResultsException',
  'InvalidNextTokenException',
  'InvalidEventCategoryException',
  'ThrottlingException',
]);

type Service = { name: 'cloudcontrol' | 'cloudtrail'; signingName: string; contentType: string; namespace: string };
const CLOUDCONTROL: Service = { name: 'cloudcontrol', signingName: 'cloudcontrolapi', contentType: 'application/x-amz-json-1.0', namespace: 'com.amazonaws.cloudcontrol' };
const CLOUDTRAIL: Service = { name: 'cloudtrail', signingName: 'cloudtrail', contentType: 'application/x-amz-json-1.1', namespace: 'com.amazonaws.cloudtrail' };

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function errorBody(service: Service | undefined, e: ApiError): JsonObject {
  const modelled = service?.name === 'cloudcontrol' ? e.code in CLOUDCONTROL_ERROR_STATUS : service?.name === 'cloudtrail' && CLOUDTRAIL_ERRORS.has(e.code);
  return modelled ? { __type: `${service!.namespace}#${e.code}`, Message: e.message } : { __type: e.code, message: e.message };
}

class EmulatorServer {
  readonly store: ResourceStore;
  readonly trail: Trail;
  readonly cc: CloudControl;
  readonly faults: Faults;
  readonly credentials: Map<string, SeedCredential>;
  readonly seed: Seed;
  private counters: Counters = { total: 0, byOperation: {}, byOutcome: {} };
  private log: RequestLogEntry[] = [];
  private readonly hung = new Set<Socket>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly now: () => Date;
  private stopped = false;

  constructor(o: EmulatorOptions) {
    this.seed = typeof o.seed === 'string' ? loadSeedFile(o.seed) : validateSeed(o.seed);
    const random = seededRandom(o.rngSeed ?? Math.floor(Math.random() * 2 ** 32));
    this.now = o.now ?? (() => new Date());
    this.store = new ResourceStore(this.seed, random);
    this.trail = new Trail(this.now);
    const delay = o.mutationDelayMs ?? 200;
    this.cc = new CloudControl({ store: this.store, trail: this.trail, now: this.now, mutationDelayMs: () => delay });
    this.faults = new Faults({ ...(o.faults ?? {}) }, random);
    this.credentials = new Map(this.seed.credentials.map((c) => [c.accessKeyId, c]));
    (this.seed.changes ?? []).forEach((change, i) => {
      try {
        this.applyUpdate(change);
      } catch (e) {
        throw new Error(`seed changes[${i}] (${change.type} ${change.identifier}): ${(e as Error).message}`);
      }
    });
  }

  private count(outcome: string): void {
    this.counters.byOutcome[outcome] = (this.counters.byOutcome[outcome] ?? 0) + 1;
  }

  private sleep(ms: number): Promise<void> {
    if (ms <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      const t = setTimeout(() => {
        this.timers.delete(t);
        resolve();
      }, ms);
      this.timers.add(t);
    });
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0]!;
    if (path === '/_admin' || path.startsWith('/_admin/')) return this.handleAdmin(req, res);
    const started = Date.now();
    const target = String(req.headers['x-amz-target'] ?? '');
    const dot = target.indexOf('.');
    const prefix = dot < 0 ? '' : target.slice(0, dot);
    const opName = dot < 0 ? '' : target.slice(dot + 1);
    const operation = /^[A-Za-z0-9]{1,64}$/.test(opName) ? opName : 'unknown';
    const service = prefix === 'CloudApiService' ? CLOUDCONTROL : prefix === 'CloudTrail_20131101' ? CLOUDTRAIL : undefined;
    this.counters.total++;
    this.counters.byOperation[operation] = (this.counters.byOperation[operation] ?? 0) + 1;
    const entry: RequestLogEntry = { time: this.now().toISOString(), service: service?.name ?? 'unknown', operation, outcome: 'ok', durationMs: 0 };
    this.log.push(entry);
    if (this.log.length > MAX_LOG) this.log.splice(0, this.log.length - MAX_LOG);

    const network = this.faults.network();
    if (network === 'reset') {
      entry.outcome = 'reset';
      this.count('reset');
      req.socket.destroy();
      return;
    }
    if (network === 'timeout') {
      entry.outcome = 'timeout';
      this.count('timeout');
      this.hung.add(req.socket);
      req.socket.once('close', () => this.hung.delete(req.socket));
      return;
    }
    const body = await readBody(req);
    await this.sleep(this.faults.latencyMs());
    if (this.stopped) return;

    const send = (status: number, payload: JsonObject, errorCode?: string) => {
      entry.status = status;
      entry.durationMs = Date.now() - started;
      const text = JSON.stringify(payload);
      const headers: Record<string, string | number> = {
        'Content-Type': service?.contentType ?? 'application/x-amz-json-1.0',
        'Content-Length': Buffer.byteLength(text),
        'x-amzn-RequestId': randomUUID(),
      };
      if (errorCode) {
        headers['x-amzn-ErrorType'] = errorCode;
        entry.errorCode = errorCode;
      }
      res.writeHead(status, headers);
      res.end(text);
    };
    const fail = (e: ApiError, outcome: string) => {
      entry.outcome = outcome;
      this.count(outcome);
      send(e.status, errorBody(service, e), e.code);
    };

    if (req.method !== 'POST' || path !== '/' || !service) {
      return fail(new ApiError('UnknownOperationException', service ? 'Only POST / is served.' : `Unknown operation ${target || '(no X-Amz-Target)'}`, 400), 'client-error');
    }
    if (service === CLOUDCONTROL && !(CLOUDCONTROL_OPERATIONS as readonly string[]).includes(operation)) {
      return fail(new ApiError('UnknownOperationException', `Unknown operation ${target}`, 400), 'client-error');
    }
    if (service === CLOUDTRAIL && operation !== 'LookupEvents') {
      return fail(new ApiError('UnknownOperationException', `The emulator serves only CloudTrail LookupEvents, not ${operation}`, 400), 'client-error');
    }
    const verdict = verifyRequest(
      { method: req.method, url: req.url ?? '/', headers: req.headers, body },
      service.signingName,
      (key) => this.credentials.get(key)?.secretAccessKey,
      this.now(),
    );
    if (!verdict.ok) return fail(new ApiError(verdict.error.code, verdict.error.message, verdict.error.status), 'auth-error');
    const cred = this.credentials.get(verdict.auth.accessKeyId)!;
    const caller: Caller = {
      account: cred.account,
      region: verdict.auth.region,
      principalArn: cred.principalArn,
      accessKeyId: cred.accessKeyId,
      userAgent: typeof req.headers['user-agent'] === 'string' ? req.headers['user-agent'] : undefined,
      sourceIp: req.socket.remoteAddress,
    };
    entry.account = caller.account;
    entry.region = caller.region;
    entry.principalArn = caller.principalArn;

    const fault = this.faults.service(caller.account, caller.region, Date.now(), operation);
    if (fault === 'rate-limit' || fault === 'throttle') {
      return fail(new ApiError('ThrottlingException', 'Rate exceeded', 429), fault === 'rate-limit' ? 'rate-limited' : 'throttled');
    }
    if (fault === 'error') {
      const e = service === CLOUDCONTROL
        ? new ApiError('ServiceInternalErrorException', 'Service encountered an internal error (injected fault).', 502)
        : new ApiError('InternalFailure', 'The request processing has failed because of an unknown error, exception or failure (injected fault).', 500);
      return fail(e, 'server-error');
    }

    let input: JsonObject;
    try {
      const parsed: unknown = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
      input = parsed as JsonObject;
    } catch {
      return fail(new ApiError('SerializationException', 'The request body is not a JSON object.', 400), 'client-error');
    }
    if (typeof input['TypeName'] === 'string') entry.typeName = input['TypeName'];
    if (typeof input['Identifier'] === 'string') entry.identifier = input['Identifier'];

    try {
      let out: JsonObject;
      if (service === CLOUDCONTROL) {
        CloudControl.checkAllowed(cred, operation, input['TypeName'], caller.region);
        out = this.cc.handle(operation as CloudControlOperation, caller, input);
      } else {
        out = this.trail.lookup(caller.account, caller.region, input) as JsonObject;
      }
      this.count('ok');
      send(200, out);
    } catch (e) {
      if (e instanceof ApiError) return fail(e, e.status >= 500 ? 'server-error' : 'client-error');
      process.stderr.write(`driftlog emulator: internal error in ${operation}: ${(e as Error).stack ?? String(e)}\n`);
      return fail(new ApiError('InternalFailure', 'The request processing has failed because of an unknown error.', 500), 'server-error');
    }
  }

  // ---- admin -------------------------------------------------------------------------------------------------

  defaultAccount(): string {
    return this.seed.credentials[0]!.account;
  }

  defaultRegion(account: string): string {
    const regions = Object.keys(this.seed.resources?.[account] ?? {});
    return regions[0] ?? 'us-east-1';
  }

  private scopeOf(q: AdminScope): { account: string; region: string } {
    const account = q.account ?? this.defaultAccount();
    return { account, region: q.region ?? this.defaultRegion(account) };
  }

  private principalOf(p: string | undefined, account: string): string {
    if (!p) return `arn:aws:iam::${account}:root`;
    return p.startsWith('arn:') ? p : `arn:aws:iam::${account}:user/${p}`;
  }

  private recordAdminEvent(m: AdminMutation, verb: 'Create' | 'Update' | 'Delete', account: string, region: string, identifier: string): void {
    const [, svc = 'unknown', res = 'Resource'] = m.type.split('::');
    let eventTime: Date | undefined;
    if (m.eventTime !== undefined) {
      eventTime = new Date(m.eventTime);
      if (Number.isNaN(eventTime.getTime())) throw new ApiError('BadRequest', `eventTime '${m.eventTime}' is not an ISO 8601 time`, 400);
    }
    this.trail.record({
      eventName: m.eventName ?? `${verb}${res}`,
      eventSource: m.eventSource ?? `${svc.toLowerCase()}.amazonaws.com`,
      account,
      region,
      principalArn: this.principalOf(m.principal, account),
      resourceType: m.type,
      resourceName: identifier,
      readOnly: false,
      userAgent: 'console.amazonaws.com',
      eventTime,
    });
  }

  /** An out-of-band update (admin API, seed `changes`): applied at once and recorded in CloudTrail. */
  applyUpdate(m: Parameters<EmulatorAdmin['updateResource']>[0]): AdminResource {
    const { account, region } = this.scopeOf(m);
    this.store.requireType(m.type);
    const r = this.store.get(account, region, m.type, m.identifier);
    if (!r) throw new ApiError('NotFound', `${m.type} ${m.identifier} not found in ${account} ${region}`, 404);
    let next: JsonObject;
    if (m.patch !== undefined) {
      // A patch follows the API's rules (no create-only or read-only change); `properties` is a raw overwrite.
      next = this.store.patched(m.type, r.properties, m.patch);
    } else if (m.properties && typeof m.properties === 'object' && !Array.isArray(m.properties)) {
      next = structuredClone(r.properties);
      for (const [k, v] of Object.entries(m.properties)) {
        if (v === null) delete next[k];
        else next[k] = structuredClone(v);
      }
    } else {
      throw new ApiError('BadRequest', 'give either patch (RFC 6902 operations) or properties (merged at the top level)', 400);
    }
    const newId = this.store.identifierOf(m.type, next);
    if (newId === undefined) throw new ApiError('BadRequest', 'the change removes the primary identifier', 400);
    this.recordAdminEvent(m, 'Update', account, region, m.identifier);
    if (newId !== m.identifier) this.store.delete(account, region, m.type, m.identifier);
    const updated = { identifier: newId, properties: next };
    this.store.put(account, region, m.type, updated);
    return this.adminView(account, region, m.type, updated);
  }

  private adminView(account: string, region: string, type: string, r: { identifier: string; properties: JsonObject }): AdminResource {
    return { account, region, type, identifier: r.identifier, properties: structuredClone(r.properties) };
  }

  readonly admin: EmulatorAdmin = {
    health: async () => ({ ok: true }),
    counters: async () => structuredClone(this.counters),
    resetCounters: async () => {
      this.counters = { total: 0, byOperation: {}, byOutcome: {} };
      this.log = [];
    },
    requests: async (limit) => (limit ? this.log.slice(-limit) : [...this.log]).map((e) => ({ ...e })),
    listResources: async (f = {}) => {
      const out: AdminResource[] = [];
      for (const s of this.store.allScopes()) {
        if ((f.account && f.account !== s.account) || (f.region && f.region !== s.region) || (f.type && f.type !== s.type)) continue;
        for (const r of this.store.list(s.account, s.region, s.type)) out.push(this.adminView(s.account, s.region, s.type, r));
      }
      return out;
    },
    getResource: async (q) => {
      const { account, region } = this.scopeOf(q);
      this.store.requireType(q.type);
      const r = this.store.get(account, region, q.type, q.identifier);
      return r ? this.adminView(account, region, q.type, r) : undefined;
    },
    createResource: async (m) => {
      const { account, region } = this.scopeOf(m);
      this.store.requireType(m.type);
      if (typeof m.properties !== 'object' || m.properties === null || Array.isArray(m.properties)) throw new ApiError('BadRequest', 'properties must be an object', 400);
      const r = this.store.prepareNew(account, region, m.type, m.properties);
      if (typeof r === 'string') throw new ApiError('BadRequest', r, 400);
      if (this.store.get(account, region, m.type, r.identifier)) throw new ApiError('Conflict', `${m.type} ${r.identifier} already exists`, 409);
      this.recordAdminEvent(m, 'Create', account, region, r.identifier);
      this.store.put(account, region, m.type, r);
      return this.adminView(account, region, m.type, r);
    },
    updateResource: async (m) => this.applyUpdate(m),
    deleteResource: async (m) => {
      const { account, region } = this.scopeOf(m);
      this.store.requireType(m.type);
      if (!this.store.get(account, region, m.type, m.identifier)) throw new ApiError('NotFound', `${m.type} ${m.identifier} not found in ${account} ${region}`, 404);
      this.recordAdminEvent(m, 'Delete', account, region, m.identifier);
      this.store.delete(account, region, m.type, m.identifier);
    },
    events: async (q = {}) =>
      this.trail
        .all()
        .filter((e) => (!q.account || e.account === q.account) && (!q.region || e.region === q.region))
        .map((e) => cloudTrailRecord(e)),
    faults: async () => structuredClone(this.faults.current),
    setFaults: async (f) => {
      try {
        this.faults.set(f ?? {});
      } catch (e) {
        throw new ApiError('BadRequest', (e as Error).message, 400);
      }
    },
  };

  private async handleAdmin(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://emulator');
    const q = Object.fromEntries(url.searchParams.entries());
    const reply = (status: number, payload: unknown) => {
      const text = JSON.stringify(payload ?? {});
      res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
      res.end(text);
    };
    try {
      const raw = await readBody(req);
      let body: JsonObject = {};
      if (raw.length > 0) {
        try {
          body = JSON.parse(raw.toString('utf8')) as JsonObject;
        } catch {
          throw new ApiError('BadRequest', 'the request body is not JSON', 400);
        }
      }
      const route = `${req.method} ${url.pathname}`;
      const a = this.admin;
      switch (route) {
        case 'GET /_admin/health':
          return reply(200, await a.health());
        case 'GET /_admin/counters':
          return reply(200, await a.counters());
        case 'POST /_admin/counters/reset':
          await a.resetCounters();
          return reply(200, {});
        case 'GET /_admin/requests':
          return reply(200, { requests: await a.requests(q['limit'] ? Number(q['limit']) : undefined) });
        case 'GET /_admin/resources':
          return reply(200, { resources: await a.listResources(q) });
        case 'GET /_admin/resource': {
          if (!q['type'] || !q['identifier']) throw new ApiError('BadRequest', 'type and identifier are required', 400);
          const r = await a.getResource({ ...q, type: q['type'], identifier: q['identifier'] });
          return r ? reply(200, r) : reply(404, { error: 'NotFound', message: `${q['type']} ${q['identifier']} not found` });
        }
        case 'POST /_admin/create':
          return reply(200, await a.createResource(body as unknown as Parameters<EmulatorAdmin['createResource']>[0]));
        case 'POST /_admin/update':
          return reply(200, await a.updateResource(body as unknown as Parameters<EmulatorAdmin['updateResource']>[0]));
        case 'POST /_admin/delete':
          await a.deleteResource(body as unknown as Parameters<EmulatorAdmin['deleteResource']>[0]);
          return reply(200, {});
        case 'GET /_admin/events':
          return reply(200, { events: await a.events(q) });
        case 'GET /_admin/faults':
          return reply(200, await a.faults());
        case 'POST /_admin/faults':
          await a.setFaults(body as FaultOptions);
          return reply(200, await a.faults());
        default:
          return reply(404, { error: 'NotFound', message: `no admin route ${route}` });
      }
    } catch (e) {
      if (e instanceof ApiError) return reply(e.status, { error: e.code, message: e.message });
      return reply(500, { error: 'InternalError', message: (e as Error).message });
    }
  }

  stop(): void {
    this.stopped = true;
    this.cc.stop();
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    for (const s of this.hung) s.destroy();
    this.hung.clear();
  }
}

/** Starts the emulator; resolves once it listens. */
export async function startEmulator(options: EmulatorOptions): Promise<Emulator> {
  const emu = new EmulatorServer(options);
  const server: Server = createServer((req, res) => {
    emu.handle(req, res).catch((e: unknown) => {
      process.stderr.write(`driftlog emulator: ${(e as Error).message}\n`);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const credentials = emu.seed.credentials[0]!;
  let stopped: Promise<void> | undefined;
  return {
    url,
    port,
    admin: emu.admin,
    credentials,
    env: (region?: string) => ({
      AWS_ENDPOINT_URL_CLOUDCONTROL: url,
      AWS_ENDPOINT_URL_CLOUDTRAIL: url,
      AWS_ACCESS_KEY_ID: credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
      AWS_REGION: region ?? emu.defaultRegion(credentials.account),
      AWS_ACCOUNT_ID: credentials.account,
    }),
    stop: () =>
      (stopped ??= new Promise<void>((resolve) => {
        emu.stop();
        server.close(() => resolve());
        server.closeAllConnections();
      })),
  };
}
