// Cloud Control API operations (CloudApiService.*) over the resource store: reads, paginated lists per list mode,
// and asynchronous mutations tracked as resource requests (IN_PROGRESS, then SUCCESS or FAILED), each recorded in
// CloudTrail with the caller's principal.
import { randomUUID } from 'node:crypto';
import type { JsonObject, SeedCredential } from './seed';
import { ApiError, ccError, ResourceStore, type StoredResource } from './store';
import { decodeToken, encodeToken, type Trail } from './trail';

export interface Caller {
  account: string;
  region: string;
  principalArn: string;
  accessKeyId?: string;
  userAgent?: string;
  sourceIp?: string;
}

type Operation = 'CREATE' | 'UPDATE' | 'DELETE';
type Status = 'PENDING' | 'IN_PROGRESS' | 'SUCCESS' | 'FAILED' | 'CANCEL_IN_PROGRESS' | 'CANCEL_COMPLETE';

export interface ResourceRequest {
  token: string;
  account: string;
  region: string;
  typeName: string;
  identifier?: string;
  operation: Operation;
  status: Status;
  eventTime: Date;
  statusMessage?: string;
  errorCode?: string;
  resourceModel?: JsonObject;
  clientToken?: string;
  /** Runs at completion; returns the failure (handler error code and message) or nothing on success. */
  complete: () => { errorCode: string; message: string } | void;
  timer?: NodeJS.Timeout;
}

export const CLOUDCONTROL_OPERATIONS = [
  'GetResource',
  'ListResources',
  'CreateResource',
  'UpdateResource',
  'DeleteResource',
  'GetResourceRequestStatus',
  'ListResourceRequests',
  'CancelResourceRequest',
] as const;
export type CloudControlOperation = (typeof CLOUDCONTROL_OPERATIONS)[number];

const DEFAULT_PAGE = 50;
const MAX_PAGE = 100;

function str(input: JsonObject, name: string, required: boolean): string | undefined {
  const v = input[name];
  if (v === undefined || v === null) {
    if (required) {
      const member = name.charAt(0).toLowerCase() + name.slice(1);
      throw new ApiError('ValidationException', `1 validation error detected: Value null at '${member}' failed to satisfy constraint: Member must not be null`, 400);
    }
    return undefined;
  }
  if (typeof v !== 'string') throw new ApiError('SerializationException', `${name} must be a string`, 400);
  return v;
}

function parseJsonMember(text: string, name: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw ccError('InvalidRequestException', `${name} is not valid JSON.`);
  }
}

function pageSize(input: JsonObject): number {
  const v = input['MaxResults'];
  if (v === undefined || v === null) return DEFAULT_PAGE;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > MAX_PAGE) {
    throw new ApiError('ValidationException', `1 validation error detected: Value '${String(v)}' at 'maxResults' failed to satisfy constraint: Member must have value between 1 and ${MAX_PAGE}`, 400);
  }
  return v;
}

function pageOffset(input: JsonObject): number {
  const t = input['NextToken'];
  if (t === undefined || t === null) return 0;
  const o = typeof t === 'string' ? decodeToken(t) : undefined;
  if (o === undefined) throw ccError('InvalidRequestException', 'The NextToken provided is invalid.');
  return o;
}

function eventSeconds(d: Date): number {
  return d.getTime() / 1000;
}

export interface CloudControlOptions {
  store: ResourceStore;
  trail: Trail;
  now: () => Date;
  /** How long a mutation stays IN_PROGRESS before it completes. */
  mutationDelayMs: () => number;
}

export class CloudControl {
  readonly requests = new Map<string, ResourceRequest>();
  /** Identifiers with a mutation in flight, per account|region|type. */
  private readonly busy = new Map<string, string>();

  constructor(private readonly o: CloudControlOptions) {}

  /** Whether the credential's deny list refuses this operation on this type (AccessDeniedException). */
  static checkAllowed(cred: SeedCredential, op: string, typeName: unknown, region: string): void {
    const deny = cred.deny ?? [];
    if (deny.includes(op) || (typeof typeName === 'string' && deny.includes(typeName))) {
      const what = typeof typeName === 'string' ? typeName : '*';
      throw new ApiError(
        'AccessDeniedException',
        `User: ${cred.principalArn} is not authorized to perform: cloudformation:${op} on resource: arn:aws:cloudformation:${region}:${cred.account}:resource/${what} because no identity-based policy allows the cloudformation:${op} action`,
        400,
      );
    }
  }

  handle(op: CloudControlOperation, caller: Caller, input: JsonObject): JsonObject {
    switch (op) {
      case 'GetResource':
        return this.getResource(caller, input);
      case 'ListResources':
        return this.listResources(caller, input);
      case 'CreateResource':
        return this.mutation(caller, 'CreateResource', input, () => this.create(caller, input));
      case 'UpdateResource':
        return this.mutation(caller, 'UpdateResource', input, () => this.update(caller, input));
      case 'DeleteResource':
        return this.mutation(caller, 'DeleteResource', input, () => this.delete(caller, input));
      case 'GetResourceRequestStatus':
        return this.getStatus(caller, input);
      case 'ListResourceRequests':
        return this.listRequests(caller, input);
      case 'CancelResourceRequest':
        return this.cancel(caller, input);
    }
  }

  private getResource(c: Caller, input: JsonObject): JsonObject {
    const type = str(input, 'TypeName', true)!;
    this.o.store.requireType(type);
    const id = str(input, 'Identifier', true)!;
    const r = this.o.store.get(c.account, c.region, type, id);
    if (!r) throw notFound(type, id);
    return {
      TypeName: type,
      ResourceDescription: { Identifier: r.identifier, Properties: JSON.stringify(this.o.store.publicProperties(type, r.properties)) },
    };
  }

  private listResources(c: Caller, input: JsonObject): JsonObject {
    const type = str(input, 'TypeName', true)!;
    const mode = this.o.store.listMode(type);
    const size = pageSize(input);
    const offset = pageOffset(input);
    const modelText = str(input, 'ResourceModel', false);
    let model: JsonObject | undefined;
    if (modelText !== undefined) {
      const m = parseJsonMember(modelText, 'ResourceModel');
      if (typeof m !== 'object' || m === null || Array.isArray(m)) throw ccError('InvalidRequestException', 'ResourceModel must be a JSON object.');
      model = m as JsonObject;
    }
    if (mode === 'none') throw ccError('UnsupportedActionException', `Resource type ${type} does not support LIST action`);
    if (mode === 'needs-model' && (!model || Object.keys(model).length === 0)) {
      throw ccError('InvalidRequestException', `Missing Or Invalid ResourceModel property in ${type} list handler request input. Required property:  [${this.o.store.requireType(type).primaryIdentifier.slice(0, 1).map((p) => p.replace(/^\/?properties\//, '')).join(', ')}]`);
    }
    let all = this.o.store.list(c.account, c.region, type);
    if (model) {
      const entries = Object.entries(model);
      all = all.filter((r) => entries.every(([k, v]) => JSON.stringify(r.properties[k]) === JSON.stringify(v)));
    }
    if (offset > all.length) throw ccError('InvalidRequestException', 'The NextToken provided is invalid.');
    const page = all.slice(offset, offset + size);
    const out: JsonObject = {
      TypeName: type,
      ResourceDescriptions: page.map((r) => ({
        Identifier: r.identifier,
        Properties: JSON.stringify(
          mode === 'full' ? this.o.store.publicProperties(type, r.properties) : this.o.store.identifierProperties(type, r.properties),
        ),
      })),
    };
    if (offset + size < all.length) out['NextToken'] = encodeToken(offset + size);
    return out;
  }

  /** Runs a mutation's validation and bookkeeping, recording the call in CloudTrail whether it is accepted or not. */
  private mutation(c: Caller, eventName: string, input: JsonObject, start: () => ResourceRequest): JsonObject {
    const clientToken = str(input, 'ClientToken', false);
    if (clientToken !== undefined) {
      for (const r of this.requests.values()) {
        if (r.account !== c.account || r.clientToken !== clientToken) continue;
        const sameCall = `${r.operation[0]}${r.operation.slice(1).toLowerCase()}Resource` === eventName && r.typeName === input['TypeName'];
        if (!sameCall) throw ccError('ClientTokenConflictException', `The client token ${clientToken} was already used for a different request.`);
        return { ProgressEvent: this.progressEvent(r) };
      }
    }
    const typeName = typeof input['TypeName'] === 'string' ? (input['TypeName'] as string) : '';
    const identifierIn = typeof input['Identifier'] === 'string' ? (input['Identifier'] as string) : undefined;
    let req: ResourceRequest;
    try {
      req = start();
    } catch (e) {
      if (e instanceof ApiError) {
        this.o.trail.record({
          ...trailBase(c, eventName, typeName, identifierIn ?? ''),
          requestParameters: requestParams(typeName, identifierIn),
          errorCode: e.code,
          errorMessage: e.message,
        });
      }
      throw e;
    }
    req.clientToken = clientToken;
    this.requests.set(req.token, req);
    if (req.identifier) this.busy.set(busyKey(req), req.token);
    const event = this.progressEvent(req);
    this.o.trail.record({
      ...trailBase(c, eventName, req.typeName, req.identifier ?? ''),
      requestParameters: requestParams(req.typeName, req.identifier),
      responseElements: { progressEvent: { requestToken: req.token, operation: req.operation, operationStatus: req.status, typeName: req.typeName, identifier: req.identifier } },
    });
    req.timer = setTimeout(() => this.finish(req), Math.max(0, this.o.mutationDelayMs()));
    return { ProgressEvent: event };
  }

  private finish(req: ResourceRequest): void {
    req.timer = undefined;
    if (req.identifier && this.busy.get(busyKey(req)) === req.token) this.busy.delete(busyKey(req));
    if (req.status !== 'IN_PROGRESS' && req.status !== 'PENDING') return;
    const failure = req.complete();
    req.eventTime = this.o.now();
    if (failure) {
      req.status = 'FAILED';
      req.errorCode = failure.errorCode;
      req.statusMessage = failure.message;
    } else {
      req.status = 'SUCCESS';
    }
  }

  private newRequest(c: Caller, op: Operation, typeName: string, identifier: string | undefined, complete: ResourceRequest['complete']): ResourceRequest {
    if (identifier !== undefined && this.busy.has(`${c.account}|${c.region}|${typeName}|${identifier}`)) {
      throw ccError('ConcurrentOperationException', `Another resource operation is currently being performed on this resource: ${typeName} ${identifier}.`);
    }
    return { token: randomUUID(), account: c.account, region: c.region, typeName, identifier, operation: op, status: 'IN_PROGRESS', eventTime: this.o.now(), complete };
  }

  private create(c: Caller, input: JsonObject): ResourceRequest {
    const type = str(input, 'TypeName', true)!;
    const store = this.o.store;
    store.requireType(type);
    const desired = parseJsonMember(str(input, 'DesiredState', true)!, 'DesiredState');
    if (typeof desired !== 'object' || desired === null || Array.isArray(desired)) throw ccError('InvalidRequestException', 'DesiredState must be a JSON object.');
    const readOnly = store.readOnlyPresent(type, desired as JsonObject);
    const prepared = readOnly.length === 0 ? store.prepareNew(c.account, c.region, type, desired as JsonObject) : undefined;
    const identifier = typeof prepared === 'object' ? prepared.identifier : undefined;
    const req = this.newRequest(c, 'CREATE', type, identifier, () => {
      if (readOnly.length > 0) {
        return { errorCode: 'InvalidRequest', message: `Model validation failed (#: extraneous key [${readOnly.map((p) => p.replace(/^\/?properties\//, '')).join(', ')}] is not permitted)` };
      }
      if (typeof prepared === 'string' || prepared === undefined) return { errorCode: 'InvalidRequest', message: `Model validation failed: ${String(prepared)}` };
      if (store.get(c.account, c.region, type, prepared.identifier)) {
        return { errorCode: 'AlreadyExists', message: `Resource of type '${type}' with identifier '${prepared.identifier}' already exists.` };
      }
      store.put(c.account, c.region, type, prepared);
      req.resourceModel = store.publicProperties(type, prepared.properties);
    });
    req.resourceModel = store.publicProperties(type, desired as JsonObject);
    return req;
  }

  private update(c: Caller, input: JsonObject): ResourceRequest {
    const type = str(input, 'TypeName', true)!;
    const store = this.o.store;
    store.requireType(type);
    const id = str(input, 'Identifier', true)!;
    const patchText = str(input, 'PatchDocument', true)!;
    const current = store.get(c.account, c.region, type, id);
    if (!current) throw notFound(type, id);
    const patch = parseJsonMember(patchText, 'PatchDocument');
    const next = store.patched(type, current.properties, patch);
    const req = this.newRequest(c, 'UPDATE', type, id, () => {
      const live = store.get(c.account, c.region, type, id);
      if (!live) return { errorCode: 'NotFound', message: `Resource of type '${type}' with identifier '${id}' was not found.` };
      // Apply the patch to the resource as it is now (an out-of-band change may have happened meanwhile).
      let updated: JsonObject;
      try {
        updated = store.patched(type, live.properties, patch);
      } catch (e) {
        return { errorCode: 'InvalidRequest', message: (e as Error).message };
      }
      const newId = store.identifierOf(type, updated) ?? id;
      if (newId !== id) store.delete(c.account, c.region, type, id);
      store.put(c.account, c.region, type, { identifier: newId, properties: updated });
      req.resourceModel = store.publicProperties(type, updated);
    });
    req.resourceModel = store.publicProperties(type, next);
    return req;
  }

  private delete(c: Caller, input: JsonObject): ResourceRequest {
    const type = str(input, 'TypeName', true)!;
    const store = this.o.store;
    store.requireType(type);
    const id = str(input, 'Identifier', true)!;
    if (!store.get(c.account, c.region, type, id)) throw notFound(type, id);
    return this.newRequest(c, 'DELETE', type, id, () => {
      if (!store.delete(c.account, c.region, type, id)) {
        return { errorCode: 'NotFound', message: `Resource of type '${type}' with identifier '${id}' was not found.` };
      }
    });
  }

  private requestFor(c: Caller, input: JsonObject): ResourceRequest {
    const token = str(input, 'RequestToken', true)!;
    const r = this.requests.get(token);
    if (!r || r.account !== c.account || r.region !== c.region) {
      throw ccError('RequestTokenNotFoundException', `Request with token ${token} was not found.`);
    }
    return r;
  }

  private getStatus(c: Caller, input: JsonObject): JsonObject {
    return { ProgressEvent: this.progressEvent(this.requestFor(c, input)) };
  }

  private cancel(c: Caller, input: JsonObject): JsonObject {
    const r = this.requestFor(c, input);
    if (r.status !== 'IN_PROGRESS' && r.status !== 'PENDING') {
      throw ccError('ConcurrentModificationException', `Request ${r.token} has already completed (${r.status}) and cannot be cancelled.`);
    }
    if (r.timer) clearTimeout(r.timer);
    r.timer = undefined;
    if (r.identifier && this.busy.get(busyKey(r)) === r.token) this.busy.delete(busyKey(r));
    r.status = 'CANCEL_COMPLETE';
    r.eventTime = this.o.now();
    return { ProgressEvent: this.progressEvent(r) };
  }

  private listRequests(c: Caller, input: JsonObject): JsonObject {
    const size = pageSize(input);
    const offset = pageOffset(input);
    const filter = (input['ResourceRequestStatusFilter'] ?? {}) as JsonObject;
    const ops = Array.isArray(filter['Operations']) ? (filter['Operations'] as string[]) : undefined;
    const statuses = Array.isArray(filter['OperationStatuses']) ? (filter['OperationStatuses'] as string[]) : undefined;
    const all = [...this.requests.values()]
      .filter((r) => r.account === c.account && r.region === c.region)
      .filter((r) => !ops || ops.includes(r.operation))
      .filter((r) => !statuses || statuses.includes(r.status))
      .reverse();
    const page = all.slice(offset, offset + size);
    const out: JsonObject = { ResourceRequestStatusSummaries: page.map((r) => this.progressEvent(r)) };
    if (offset + size < all.length) out['NextToken'] = encodeToken(offset + size);
    return out;
  }

  progressEvent(r: ResourceRequest): JsonObject {
    const e: JsonObject = {
      TypeName: r.typeName,
      RequestToken: r.token,
      Operation: r.operation,
      OperationStatus: r.status,
      EventTime: eventSeconds(r.eventTime),
    };
    if (r.identifier !== undefined) e['Identifier'] = r.identifier;
    if (r.resourceModel !== undefined && r.operation !== 'DELETE') e['ResourceModel'] = JSON.stringify(r.resourceModel);
    if (r.statusMessage !== undefined) e['StatusMessage'] = r.statusMessage;
    if (r.errorCode !== undefined) e['ErrorCode'] = r.errorCode;
    return e;
  }

  /** Stops pending completions (on shutdown). */
  stop(): void {
    for (const r of this.requests.values()) if (r.timer) clearTimeout(r.timer);
  }
}

function busyKey(r: ResourceRequest): string {
  return `${r.account}|${r.region}|${r.typeName}|${r.identifier}`;
}

function notFound(type: string, id: string): ApiError {
  return ccError('ResourceNotFoundException', `${type} Handler returned status FAILED: Resource of type '${type}' with identifier '${id}' was not found. (HandlerErrorCode: NotFound)`);
}

function trailBase(c: Caller, eventName: string, resourceType: string, resourceName: string) {
  return {
    eventName,
    eventSource: 'cloudcontrolapi.amazonaws.com',
    account: c.account,
    region: c.region,
    principalArn: c.principalArn,
    accessKeyId: c.accessKeyId,
    resourceType,
    resourceName,
    readOnly: false,
    userAgent: c.userAgent,
    sourceIPAddress: c.sourceIp,
  };
}

/** Request parameters as CloudTrail shows them: the desired state and patch may hold secrets, so they are hidden. */
function requestParams(typeName: string, identifier: string | undefined): Record<string, unknown> {
  const p: Record<string, unknown> = { typeName };
  if (identifier !== undefined) p['identifier'] = identifier;
  return p;
}

export type { StoredResource };
