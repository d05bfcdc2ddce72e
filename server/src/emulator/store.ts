// The emulator's resources: per account, region and type, keyed by primary identifier, with the type's schema facts
// (identifier, read-only, write-only, create-only properties, list mode) applied when they are read and changed.
import { isDeepStrictEqual } from 'node:util';
import { applyPatch, type Operation } from 'rfc6902';
import type { JsonObject, ListMode, Seed, TypeFacts } from './seed';

/** An AWS-shaped API error: the `__type` code, its message and the HTTP status AWS answers with. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** Status codes of the Cloud Control errors, from the service model's httpError traits. */
export const CLOUDCONTROL_ERROR_STATUS: Record<string, number> = {
  AlreadyExistsException: 400,
  ClientTokenConflictException: 409,
  ConcurrentModificationException: 500,
  ConcurrentOperationException: 409,
  GeneralServiceException: 400,
  HandlerFailureException: 502,
  HandlerInternalFailureException: 502,
  InvalidCredentialsException: 401,
  InvalidRequestException: 400,
  NetworkFailureException: 502,
  NotStabilizedException: 400,
  NotUpdatableException: 400,
  PrivateTypeException: 400,
  RequestTokenNotFoundException: 404,
  ResourceConflictException: 409,
  ResourceNotFoundException: 404,
  ServiceInternalErrorException: 502,
  ServiceLimitExceededException: 400,
  ThrottlingException: 429,
  TypeNotFoundException: 404,
  UnsupportedActionException: 405,
};

export function ccError(code: keyof typeof CLOUDCONTROL_ERROR_STATUS & string, message: string): ApiError {
  return new ApiError(code, message, CLOUDCONTROL_ERROR_STATUS[code] ?? 400);
}

/** `/properties/A/B` or `A/B` to `['A', 'B']`; `*` stands for every element of an array. */
export function pathSegments(path: string): string[] {
  let p = path.startsWith('/') ? path.slice(1) : path;
  if (p.startsWith('properties/')) p = p.slice('properties/'.length);
  return p
    .split('/')
    .filter((s) => s !== '')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Every value at a path (several when the path crosses arrays with `*`). */
export function valuesAt(root: unknown, segs: string[]): unknown[] {
  let current: unknown[] = [root];
  for (const seg of segs) {
    const next: unknown[] = [];
    for (const v of current) {
      if (seg === '*' && Array.isArray(v)) next.push(...v);
      else if (Array.isArray(v) && /^\d+$/.test(seg) && +seg < v.length) next.push(v[+seg]);
      else if (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.prototype.hasOwnProperty.call(v, seg)) {
        next.push((v as JsonObject)[seg]);
      }
    }
    current = next;
  }
  return current;
}

/** Deletes the value(s) at a path, in place. */
export function removeAt(root: unknown, segs: string[]): void {
  if (segs.length === 0 || typeof root !== 'object' || root === null) return;
  const [head, ...rest] = segs as [string, ...string[]];
  const targets: unknown[] = head === '*' && Array.isArray(root) ? root : [];
  if (head !== '*') {
    if (Array.isArray(root)) {
      if (/^\d+$/.test(head) && +head < root.length) targets.push(root[+head]);
    } else if (Object.prototype.hasOwnProperty.call(root, head)) {
      if (rest.length === 0) {
        delete (root as JsonObject)[head];
        return;
      }
      targets.push((root as JsonObject)[head]);
    }
  }
  if (rest.length === 0) return; // removing array elements themselves is not a schema-fact use
  for (const t of targets) removeAt(t, rest);
}

function clone<T>(v: T): T {
  return structuredClone(v);
}

export interface StoredResource {
  identifier: string;
  /** Every property, write-only ones included. */
  properties: JsonObject;
}

function scopeKey(account: string, region: string, type: string): string {
  return `${account}|${region}|${type}`;
}

export class ResourceStore {
  private readonly scopes = new Map<string, Map<string, StoredResource>>();
  private readonly types: Record<string, TypeFacts>;

  constructor(
    seed: Seed,
    private readonly random: () => number,
  ) {
    this.types = seed.types;
    for (const [account, regions] of Object.entries(seed.resources ?? {})) {
      for (const [region, byType] of Object.entries(regions)) {
        for (const [type, list] of Object.entries(byType)) {
          list.forEach((props, i) => {
            const r = this.prepareNew(account, region, type, props);
            if (typeof r === 'string') throw new Error(`seed resources["${account}"]["${region}"]["${type}"][${i}]: ${r}`);
            if (this.scope(account, region, type).has(r.identifier)) {
              throw new Error(`seed resources["${account}"]["${region}"]["${type}"][${i}]: identifier ${r.identifier} appears twice`);
            }
            this.scope(account, region, type).set(r.identifier, r);
          });
        }
      }
    }
  }

  typeFacts(type: string): TypeFacts | undefined {
    return Object.prototype.hasOwnProperty.call(this.types, type) ? this.types[type] : undefined;
  }

  /** The facts of a known type, or TypeNotFoundException as Cloud Control answers for an unknown one. */
  requireType(type: unknown): TypeFacts {
    if (typeof type !== 'string' || type === '') throw new ApiError('ValidationException', "1 validation error detected: Value null at 'typeName' failed to satisfy constraint: Member must not be null", 400);
    const facts = this.typeFacts(type);
    if (!facts) throw ccError('TypeNotFoundException', `The type '${type}' cannot be found.`);
    return facts;
  }

  listMode(type: string): ListMode {
    return this.requireType(type).list ?? 'full';
  }

  private scope(account: string, region: string, type: string): Map<string, StoredResource> {
    const key = scopeKey(account, region, type);
    let m = this.scopes.get(key);
    if (!m) this.scopes.set(key, (m = new Map()));
    return m;
  }

  /** The `|`-joined primary identifier of a property object, or undefined when a part is missing. */
  identifierOf(type: string, props: JsonObject): string | undefined {
    const parts: string[] = [];
    for (const p of this.requireType(type).primaryIdentifier) {
      const [v] = valuesAt(props, pathSegments(p));
      if (v === undefined || v === null || typeof v === 'object') return undefined;
      parts.push(String(v));
    }
    return parts.join('|');
  }

  /**
   * A new resource from desired properties: generated values filled in, identifier computed. Returns an error
   * message instead when the identifier cannot be determined.
   */
  prepareNew(account: string, region: string, type: string, desired: JsonObject): StoredResource | string {
    const facts = this.requireType(type);
    const props = clone(desired);
    for (const [path, template] of Object.entries(facts.generate ?? {})) {
      const segs = pathSegments(path);
      if (segs.length !== 1) continue; // generated values are top-level properties
      if (props[segs[0]!] !== undefined) continue;
      props[segs[0]!] = this.expand(template, account, region, props);
    }
    const identifier = this.identifierOf(type, props);
    if (identifier === undefined) {
      return `the primary identifier (${facts.primaryIdentifier.join(', ')}) is neither given nor generated`;
    }
    return { identifier, properties: props };
  }

  private expand(template: string, account: string, region: string, props: JsonObject): string {
    return template.replace(/\$\{([^}]+)\}/g, (_m, name: string) => {
      if (name === 'account') return account;
      if (name === 'region') return region;
      const hex = /^hex:(\d+)$/.exec(name);
      if (hex) {
        let s = '';
        for (let i = 0; i < +hex[1]!; i++) s += Math.floor(this.random() * 16).toString(16);
        return s;
      }
      const v = valuesAt(props, pathSegments(name))[0];
      return v === undefined || v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
    });
  }

  get(account: string, region: string, type: string, identifier: string): StoredResource | undefined {
    return this.scopes.get(scopeKey(account, region, type))?.get(identifier);
  }

  list(account: string, region: string, type: string): StoredResource[] {
    return [...(this.scopes.get(scopeKey(account, region, type))?.values() ?? [])];
  }

  /** Every scope that holds resources: for the admin listing. */
  allScopes(): Array<{ account: string; region: string; type: string; count: number }> {
    return [...this.scopes.entries()]
      .filter(([, m]) => m.size > 0)
      .map(([k, m]) => {
        const [account, region, type] = k.split('|') as [string, string, string];
        return { account, region, type, count: m.size };
      });
  }

  put(account: string, region: string, type: string, r: StoredResource): void {
    this.scope(account, region, type).set(r.identifier, r);
  }

  delete(account: string, region: string, type: string, identifier: string): boolean {
    return this.scopes.get(scopeKey(account, region, type))?.delete(identifier) ?? false;
  }

  /** What Cloud Control returns: the properties without write-only ones. */
  publicProperties(type: string, props: JsonObject): JsonObject {
    const out = clone(props);
    for (const p of this.requireType(type).writeOnly ?? []) removeAt(out, pathSegments(p));
    return out;
  }

  /** Only the primary identifier properties: what an `identifiers` list handler returns. */
  identifierProperties(type: string, props: JsonObject): JsonObject {
    const out: JsonObject = {};
    for (const p of this.requireType(type).primaryIdentifier) {
      const segs = pathSegments(p);
      const [v] = valuesAt(props, segs);
      if (segs.length === 1 && v !== undefined) out[segs[0]!] = clone(v);
    }
    return out;
  }

  /** Read-only properties present in a desired state (refused on create). */
  readOnlyPresent(type: string, desired: JsonObject): string[] {
    return (this.requireType(type).readOnly ?? []).filter((p) => valuesAt(desired, pathSegments(p)).length > 0);
  }

  /**
   * Applies an RFC 6902 patch to a copy of the properties; refuses changes to create-only (NotUpdatableException)
   * and read-only (InvalidRequestException) properties. Returns the new property object.
   */
  patched(type: string, current: JsonObject, patch: unknown): JsonObject {
    const facts = this.requireType(type);
    if (!Array.isArray(patch) || patch.some((op) => typeof op !== 'object' || op === null || typeof (op as JsonObject)['op'] !== 'string' || typeof (op as JsonObject)['path'] !== 'string')) {
      throw ccError('InvalidRequestException', 'Invalid PatchDocument: it must be a JSON array of RFC 6902 operations, each with "op" and "path".');
    }
    const next = clone(current);
    const results = applyPatch(next, patch as Operation[]);
    const failed = results.findIndex((r) => r !== null);
    if (failed >= 0) {
      const op = patch[failed] as JsonObject;
      throw ccError('InvalidRequestException', `Invalid PatchDocument: operation ${failed} (${String(op['op'])} ${String(op['path'])}) cannot be applied: ${results[failed]!.name}`);
    }
    if (typeof next !== 'object' || next === null || Array.isArray(next)) {
      throw ccError('InvalidRequestException', 'Invalid PatchDocument: the result is not an object.');
    }
    const changed = (paths: string[] | undefined) =>
      (paths ?? []).filter((p) => !isDeepStrictEqual(valuesAt(current, pathSegments(p)), valuesAt(next, pathSegments(p))));
    const createOnly = changed(facts.createOnly);
    if (createOnly.length > 0) {
      throw ccError('NotUpdatableException', `Invalid patch update: createOnlyProperties [${createOnly.map(asSchemaPath).join(', ')}] cannot be updated`);
    }
    const readOnly = changed(facts.readOnly);
    if (readOnly.length > 0) {
      throw ccError('InvalidRequestException', `Invalid patch update: readOnlyProperties [${readOnly.map(asSchemaPath).join(', ')}] cannot be updated`);
    }
    return next;
  }
}

export function asSchemaPath(p: string): string {
  return '/properties/' + pathSegments(p).join('/');
}
