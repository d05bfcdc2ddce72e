// The normalised comparison of expected values (Terraform-shaped) with live Cloud Control properties.
//
// Only the attributes the code sets are compared (for a resource only the state knows, the state's mapped
// attributes), as CloudFormation's drift detection does. Before comparing: JSON documents are compared as
// documents (IAM policies with their equivalences), sets unordered, tags keyed (AWS-reserved `aws:` tags
// ignored), null/absent/empty alike, a documented default alike to absent, numbers alike to numeric strings and
// booleans to "true"/"false", enums case-insensitively where AWS treats them so. Write-only and read-only
// properties are never compared; `lifecycle { ignore_changes }` is honoured; sensitive values are redacted.

import type { Difference, JsonValue, ResourceResult, ResourceStatus } from '../scan/types';
import { cfnFacts } from '../mapping/cfnSchemas';
import { propertyFor, snakeCase } from '../mapping/naming';
import { shapesOf, type Shape } from '../mapping/shapes';
import type { AttributeMapping, MembershipRule } from '../mapping/types';
import type { ExpectedAttribute, ExpectedValues, ResourceInstance, TypeSchemaFacts } from './api';
import { lineStartsFromDisk, toRange } from './expected';
import { diffShaped, isEmpty, joinPath, multisetEqual, scalarAlike, type Comparer, type ShapeContext } from './shaped';

export { isEmpty, joinPath };

export const REDACTED = '(sensitive)';

export function baseResult(instance: ResourceInstance, status: ResourceStatus, error?: string, lineStarts?: (file: string) => number[] | undefined): ResourceResult {
  const r = instance.resource;
  const lines = r ? (lineStarts?.(r.file) ?? lineStartsFromDisk(r.file)) : undefined;
  return {
    address: instance.address,
    type: instance.type,
    ...(r ? { file: r.file } : {}),
    ...(r && lines ? { range: toRange(lines, r.block.header.start, r.block.header.end) } : {}),
    ...(instance.cloudType ? { cloudType: instance.cloudType } : {}),
    ...(instance.identifier ? { identifier: instance.identifier } : {}),
    ...(instance.region ? { region: instance.region } : {}),
    status,
    differences: [],
    ...(error ? { error } : {}),
  };
}

export function compareResource(
  instance: ResourceInstance,
  expected: ExpectedValues,
  live: Record<string, unknown>,
  schema?: TypeSchemaFacts,
  lineStarts?: (file: string) => number[] | undefined,
): ResourceResult {
  const mapping = instance.mapping;
  if (!mapping) return baseResult(instance, 'unsupported', instance.reason ?? `${instance.type} has no mapping: drift is not checked`);
  const facts = cfnFacts(mapping.cloudType);
  const strip = (p: string) => p.replace(/^\/properties\//, '');
  const writeOnly = [...(mapping.writeOnly ?? []), ...(schema?.writeOnly ?? [])].map(strip);
  const readOnly = [...(facts?.r ?? []), ...(schema?.readOnly ?? [])].map(strip);
  const ignore = instance.resource?.ignoreChanges ?? [];
  const ignored = ignore === 'all' ? undefined : ignore.map(parsePath);
  const sensitive = instance.sensitivePaths.map(parsePath);
  const liveJson = live as Record<string, JsonValue>;
  const diffs: Difference[] = [];
  const shapes = shapesOf(mapping.cloudType);
  // Read-only properties an attribute reads on purpose (a launch template's default version) are not skipped.
  const readable = mapping.kind === 'table' ? Object.values(mapping.attributes).filter((m) => m.readOnlyOk).map((m) => m.prop) : [];
  const ctx: ShapeContext | undefined = shapes ? { shapes, skip: [...writeOnly, ...readOnly.filter((p) => !readable.includes(p))], blocks: mapping.kind === 'table' } : undefined;
  let missing = false;
  currentShapes = ctx;
  try {
    if (ignore !== 'all') {
      const outcome = mapping.member ? compareMember(mapping.member, expected, liveJson, instance, ctx) : undefined;
      if (outcome === 'missing') missing = true;
      const member = outcome === 'missing' ? undefined : outcome;
      for (const [name, e] of Object.entries(expected)) {
        if (missing) break;
        if (e.unknown) continue;
        // A null in the code means "not set": the provider or AWS picks the value.
        if (e.source === 'config' && e.value === null) continue;
        const found: Omit<Difference, 'source'>[] = [];
        if (member && name in member) found.push(...member[name]);
        else if (mapping.member) continue;
        else if (mapping.kind === 'table') {
          const m = mapping.attributes[name];
          if (!m || m.writeOnly || mapping.identityAttributes?.includes(name)) continue;
          if (covered(m.prop, writeOnly) || (covered(m.prop, readOnly) && !m.readOnlyOk)) continue;
          const exp = toExpectedShape(e.value, m, instance);
          const act = fromLive(liveJson, m, instance);
          compareMapped(name, exp, act, m, m.prop, writeOnly, found, ctx);
        } else if (ctx) {
          // awscc: the attribute's property by the provider's naming rule, compared as its schema shapes it.
          const key = propertyFor(name, ctx.shapes.properties, mapping.terraformType);
          if (key === undefined) continue;
          diffShaped(name, key, e.value, liveJson[key], ctx.shapes.properties[key], undefined, ctx, COMPARER, found);
        }
        for (const d of found) {
          const segs = parsePath(d.path);
          if (ignored && ignored.some((p) => isPrefix(p, segs))) continue;
          diffs.push(finish(d, e, sensitive.some((p) => isPrefix(p, segs) || isPrefix(segs, p))));
        }
      }
    }
  } finally {
    currentShapes = undefined;
  }
  const status: ResourceStatus =
    instance.preStatus === 'not_in_state' ? 'not_in_state' : missing ? 'missing' : diffs.length ? 'drifted' : 'in_sync';
  return { ...baseResult(instance, status, undefined, lineStarts), differences: missing ? [] : diffs };
}

const COMPARER: Comparer = { docEqual: (a, b) => jsonEqual(a, b) };

function finish(d: Omit<Difference, 'source'>, e: ExpectedAttribute, stateSensitive: boolean): Difference {
  const out: Difference = { ...d, source: e.source, ...(e.range ? { range: e.range } : {}) };
  if (e.sensitive || stateSensitive) {
    out.sensitive = true;
    if (out.expected !== undefined) out.expected = REDACTED;
    if (out.actual !== undefined) out.actual = REDACTED;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Paths: `tags.Env`, `tags["my key"]`, `ingress[0].from_port`

/** A Terraform path as segments: `tags["a b"].x[0]` -> ['tags', 'a b', 'x', 0]. */
export function parsePath(p: string): Array<string | number> {
  const out: Array<string | number> = [];
  const re = /([A-Za-z_][A-Za-z0-9_-]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]|\[\*\]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(p))) {
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else if (m[3] !== undefined) out.push(JSON.parse(m[3]) as string);
    else out.push('*');
  }
  return out;
}

function isPrefix(prefix: Array<string | number>, full: Array<string | number>): boolean {
  if (prefix.length > full.length) return false;
  return prefix.every((s, i) => s === '*' || s === full[i] || String(s) === String(full[i]));
}

/** True when a CloudFormation property path falls under one of the patterns (`A/*\/B`, prefixes included). */
function covered(prop: string, patterns: string[]): boolean {
  const segs = prop.split('/');
  return patterns.some((p) => {
    const ps = p.split('/');
    if (ps.length > segs.length) return false;
    return ps.every((s, i) => s === '*' || s === segs[i]);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Table-driven: live properties to Terraform shape

/** The value at a property path; the empty path is the resource model itself. */
function getPath(o: JsonValue | undefined, prop: string): JsonValue | undefined {
  let v: JsonValue | undefined = o;
  if (prop === '') return v;
  for (const seg of prop.split('/')) {
    if (v === null || v === undefined || typeof v !== 'object' || Array.isArray(v)) return undefined;
    v = v[seg];
  }
  return v;
}

const isObj = (v: unknown): v is Record<string, JsonValue> => v !== null && typeof v === 'object' && !Array.isArray(v);

function tagsToMap(v: JsonValue | undefined, keyName = 'Key', valueName = 'Value'): JsonValue | undefined {
  if (v === undefined || v === null) return undefined;
  if (Array.isArray(v)) {
    const out: Record<string, JsonValue> = {};
    for (const t of v) if (isObj(t) && typeof t[keyName] === 'string' && !(t[keyName] as string).startsWith('aws:')) out[t[keyName] as string] = t[valueName] ?? null;
    return out;
  }
  if (isObj(v)) {
    const out: Record<string, JsonValue> = {};
    for (const [k, x] of Object.entries(v)) if (!k.startsWith('aws:')) out[k] = x;
    return out;
  }
  return v;
}

function parseJsonish(v: JsonValue | undefined): JsonValue | undefined {
  if (typeof v !== 'string') return v;
  try {
    return JSON.parse(v) as JsonValue;
  } catch {
    return v;
  }
}

function fromLive(o: JsonValue | undefined, m: AttributeMapping, instance: ResourceInstance): JsonValue | undefined {
  const raw = getPath(o, m.prop);
  const t = m.transform;
  if (t === 'tags' || t === 'tagMap') return tagsToMap(raw);
  if (t === 'json') return parseJsonish(raw);
  if (t === 'sgRules') return Array.isArray(raw) ? raw : raw === undefined ? undefined : [];
  if (t && typeof t === 'object' && 'boolToString' in t) return raw === t.boolToString[0] ? true : raw === t.boolToString[1] ? false : raw;
  if (t && typeof t === 'object' && 'listOf' in t) {
    if (!Array.isArray(raw)) return raw === undefined ? undefined : [];
    return raw.map((x) => (isObj(x) ? x[t.listOf] : x)).filter((x): x is JsonValue => x !== undefined && x !== null);
  }
  if (t && typeof t === 'object' && 'capture' in t) return captured(raw, t.capture);
  if (t === 'protocol') return protocolNumber(raw);
  if (t && typeof t === 'object' && 'mapOf' in t) return tagsToMap(raw, t.mapOf[0], t.mapOf[1]);
  if (t && typeof t === 'object' && 'where' in t) {
    if (!Array.isArray(raw)) return undefined;
    const el = raw.find((x) => isObj(x) && Object.entries(t.where).every(([k, v]) => x[k] === v));
    return isObj(el) ? el[t.field] : undefined;
  }
  if (t && typeof t === 'object' && 'keyValue' in t) {
    if (!Array.isArray(raw)) return undefined;
    const kv = raw.find((x) => isObj(x) && x.Key === t.keyValue);
    return isObj(kv) ? kv.Value : undefined;
  }
  if (t && typeof t === 'object' && 'keySchema' in t) {
    if (!Array.isArray(raw)) return undefined;
    const k = raw.find((x) => isObj(x) && x.KeyType === t.keySchema);
    return isObj(k) ? k.AttributeName : undefined;
  }
  if (m.items) {
    const conv = (x: JsonValue): JsonValue => {
      const out: Record<string, JsonValue> = {};
      for (const [k, im] of Object.entries(m.items!)) {
        const v = fromLive(x, im, instance);
        if (v !== undefined) out[k] = v;
      }
      return out;
    };
    if (m.single) return isObj(raw) ? [conv(raw)] : [];
    return Array.isArray(raw) ? raw.map(conv) : raw === undefined ? undefined : [];
  }
  return raw;
}

/** An IP protocol as its number: `tcp` and `6` alike, `-1` for all. */
function protocolNumber<T extends JsonValue | undefined>(v: T): T | string {
  if (typeof v !== 'string' && typeof v !== 'number') return v;
  const p = String(v).toLowerCase();
  return PROTOCOLS[p] ?? p;
}

/** A string reduced to the first capture group of the pattern (unchanged when it does not match). */
function captured<T extends JsonValue | undefined>(v: T, pattern: string): T | string {
  if (typeof v !== 'string') return v;
  const m = new RegExp(pattern).exec(v);
  return m && m[1] !== undefined ? m[1] : v;
}

function toExpectedShape(v: JsonValue, m: AttributeMapping, instance: ResourceInstance): JsonValue {
  if (m.transform === 'json') return parseJsonish(v) ?? null;
  if (m.transform && typeof m.transform === 'object' && 'capture' in m.transform) return captured(v, m.transform.capture);
  // One value against a list holding one object (a listener's default certificate).
  if (m.transform && typeof m.transform === 'object' && 'listOf' in m.transform && v !== null && !Array.isArray(v)) return [v];
  if (m.transform === 'protocol') return protocolNumber(v);
  if (m.transform === 'sgRules' && Array.isArray(v)) {
    // `self = true` is the group's own id.
    const own = instance.stateAttributes?.id;
    return v.map((r) =>
      isObj(r) && r.self === true && typeof own === 'string' ? { ...r, self: false, security_groups: [...asList(r.security_groups), own] } : r,
    );
  }
  if (m.items && Array.isArray(v) && m.transform !== 'sgRules') {
    return v.map((x) => {
      if (!isObj(x)) return x;
      const out: Record<string, JsonValue> = {};
      for (const [k, val] of Object.entries(x)) out[k] = m.items![k] ? toExpectedShape(val, m.items![k], instance) : val;
      return out;
    });
  }
  return v;
}

function compareMapped(
  path: string,
  exp: JsonValue,
  act: JsonValue | undefined,
  m: AttributeMapping,
  cfnPath: string,
  writeOnly: string[],
  out: Omit<Difference, 'source'>[],
  ctx: ShapeContext | undefined,
): void {
  const t = m.transform;
  if (t === 'tags' || t === 'tagMap' || (t && typeof t === 'object' && 'mapOf' in t)) {
    const e = isObj(exp) ? exp : {};
    const a = isObj(act) ? act : {};
    for (const k of new Set([...Object.keys(e), ...Object.keys(a)])) {
      const ev = e[k];
      const av = a[k];
      if (ev === undefined || ev === null) {
        if (av !== undefined && av !== null) out.push({ path: joinPath(path, k), expected: undefined, actual: av, kind: 'added' });
      } else if (av === undefined || av === null) out.push({ path: joinPath(path, k), expected: ev, actual: undefined, kind: 'removed' });
      else if (!scalarEqual(ev, av)) out.push({ path: joinPath(path, k), expected: ev, actual: av, kind: 'changed' });
    }
    return;
  }
  if (t && typeof t === 'object' && 'blocksAsMap' in t) {
    const [kn, vn] = t.blocksAsMap;
    const live = isObj(act) ? act : isObj(parseJsonish(act)) ? (parseJsonish(act) as Record<string, JsonValue>) : {};
    const blocks = Array.isArray(exp) ? exp.filter(isObj) : [];
    const differs = blocks.some((b) => typeof b[kn] === 'string' && !scalarAlike(b[vn] ?? null, live[b[kn] as string] ?? undefined, jsonEqual));
    if (differs) {
      // The code's blocks with the live values, so that accepting it writes blocks again.
      const actual = blocks.filter((b) => live[b[kn] as string] !== undefined).map((b) => ({ ...b, [vn]: live[b[kn] as string] }));
      out.push(diff(path, exp, actual));
    }
    return;
  }
  if (t === 'versionPrefix') {
    const e = typeof exp === 'string' || typeof exp === 'number' ? String(exp) : undefined;
    const a = typeof act === 'string' || typeof act === 'number' ? String(act) : undefined;
    if (e !== undefined && a !== undefined && (a === e || a.startsWith(`${e}.`))) return;
    if (!valuesEqual(exp, act, m)) out.push(diff(path, exp, act));
    return;
  }
  if (t === 'sgRules') {
    const e = flattenTfRules(exp);
    const a = flattenCfnRules(act);
    if (!multisetEqual(e, a, (x, y) => x === y)) out.push(diff(path, exp, regroupRules(a)));
    return;
  }
  if (m.items && !m.set && Array.isArray(exp)) {
    const a = Array.isArray(act) ? act : [];
    for (let i = 0; i < exp.length; i++) {
      const ei = exp[i];
      const ai = i < a.length ? a[i] : {};
      if (!isObj(ei)) continue;
      for (const [k, v] of Object.entries(ei)) {
        const im = m.items[k];
        if (!im || im.writeOnly || v === null) continue;
        const sub = cfnPath && im.prop ? `${cfnPath}/${im.prop}` : cfnPath || im.prop;
        if (covered(sub, writeOnly)) continue;
        compareMapped(`${joinPath(path, i)}.${k}`, v, isObj(ai) ? ai[k] : undefined, im, sub, writeOnly, out, ctx);
      }
    }
    for (let i = exp.length; i < a.length; i++) out.push({ path: joinPath(path, i), expected: undefined, actual: a[i], kind: 'added' });
    return;
  }
  if (m.keyedBy && ctx && Array.isArray(exp)) {
    // Element by element on a key: what the code declares against the live element of the same key.
    const shape = ctx.shapes.resolve(m.shape);
    const item = shape && typeof shape === 'object' && 'a' in shape ? ctx.shapes.resolve(shape.a) : undefined;
    const props = item && typeof item === 'object' && 'o' in item ? item.o : {};
    const keyName = snakeCase(m.keyedBy);
    const live = Array.isArray(act) ? act.filter(isObj) : [];
    exp.forEach((e, i) => {
      if (!isObj(e)) return;
      const k = e[keyName] ?? e[m.keyedBy!];
      const a = live.find((x) => scalarAlike(k, x[m.keyedBy!], jsonEqual));
      if (!a) {
        out.push({ path: joinPath(path, i), expected: e, actual: undefined, kind: 'removed' });
        return;
      }
      for (const [key, v] of Object.entries(e)) {
        if (v === null) continue;
        const p = propertyFor(key, props);
        if (p === undefined) continue;
        diffShaped(`${joinPath(path, i)}.${key}`, `${cfnPath}/*/${p}`, v, a[p], props[p], undefined, ctx, COMPARER, out);
      }
    });
    return;
  }
  if (!t && !m.items && m.shape !== undefined && ctx) {
    // Described by the schema alone: compared as the property's shape says, after the documented default.
    if (m.default !== undefined && valuesEqual(exp, act, { prop: m.prop, default: m.default })) return;
    const shape: Shape = m.set && typeof m.shape === 'object' && 'a' in m.shape ? { ...m.shape, u: 1 } : m.ordered && typeof m.shape === 'object' && 'a' in m.shape ? { a: m.shape.a } : m.shape;
    diffShaped(path, cfnPath, exp, act, shape, m.ordered ? undefined : m.tf, ctx, COMPARER, out);
    return;
  }
  if (t && typeof t === 'object' && 'listOf' in t && typeof m.tf === 'string' && Array.isArray(exp) && exp.length === 1) {
    // One Terraform value against a one-element list: the difference is in Terraform's shape (accept writes a value).
    const live = Array.isArray(act) ? act : [];
    if (!valuesEqual(exp, live, m)) out.push(diff(path, exp[0], live.length === 1 ? live[0] : live.length ? live : undefined));
    return;
  }
  if (!valuesEqual(exp, act, m)) out.push(diff(path, exp, act));
}

function diff(path: string, exp: JsonValue | undefined, act: JsonValue | undefined): Omit<Difference, 'source'> {
  const kind = isEmpty(exp) ? 'added' : isEmpty(act) ? 'removed' : 'changed';
  return { path, expected: isEmpty(exp) ? undefined : exp, actual: isEmpty(act) ? undefined : act, kind };
}

// ---------------------------------------------------------------------------------------------------------------
// Normalised equality

function scalarEqual(a: JsonValue, b: JsonValue, enumCI = false, dns = false): boolean {
  if (a === b) return true;
  if (typeof a === 'string' && typeof b === 'string') {
    if (dns) return a.replace(/\.$/, '').toLowerCase() === b.replace(/\.$/, '').toLowerCase();
    return enumCI && a.toLowerCase() === b.toLowerCase();
  }
  // numbers and numeric strings
  const num = (x: JsonValue) => (typeof x === 'number' ? x : typeof x === 'string' && x.trim() !== '' && !Number.isNaN(Number(x)) ? Number(x) : undefined);
  const na = num(a);
  const nb = num(b);
  if (na !== undefined && nb !== undefined && (typeof a === 'number' || typeof b === 'number')) return na === nb;
  // booleans and "true"/"false"
  const bool = (x: JsonValue) => (typeof x === 'boolean' ? x : x === 'true' ? true : x === 'false' ? false : undefined);
  const ba = bool(a);
  const bb = bool(b);
  if (ba !== undefined && bb !== undefined && (typeof a === 'boolean' || typeof b === 'boolean')) return ba === bb;
  return false;
}

/** The shapes of the resource being compared, for valuesEqual below (compareResource sets it; it is synchronous). */
let currentShapes: ShapeContext | undefined;

function valuesEqual(exp: JsonValue | undefined, act: JsonValue | undefined, m?: AttributeMapping): boolean {
  if (isEmpty(exp) && isEmpty(act)) return true;
  if (m?.default !== undefined) {
    const d = m.default as JsonValue;
    const plain = { ...m, default: undefined };
    if (isEmpty(act) && valuesEqual(exp, d, plain)) return true;
    if (isEmpty(exp) && valuesEqual(d, act, plain)) return true;
  }
  if (exp === undefined || act === undefined) return false;
  if (m?.transform === 'json') return jsonEqual(exp, act);
  if (Array.isArray(exp) && Array.isArray(act)) {
    const arr = m?.shape !== undefined && currentShapes ? currentShapes.shapes.resolve(m.shape) : undefined;
    const elShape = arr && typeof arr === 'object' && 'a' in arr ? arr.a : undefined;
    const item = m?.items ? { prop: '', items: m.items } : m ? { ...m, set: false, default: undefined, shape: elShape } : undefined;
    if (m?.set) return multisetEqual(exp, act, (x, y) => valuesEqual(x, y, item));
    return exp.length === act.length && exp.every((x, i) => valuesEqual(x, act[i], item));
  }
  if (isObj(exp) && isObj(act)) {
    if (m?.items) {
      // A block: the keys the code (or state) sets.
      return Object.entries(exp).every(([k, v]) => v === null || !m.items![k] || valuesEqual(v, act[k], m.items![k]));
    }
    if (m?.shape !== undefined && !m.transform && currentShapes) {
      // A nested block the mapping leaves to the schema: compared by its shape (Terraform names against the model's).
      const found: Found[] = [];
      diffShaped('', '', exp, act, m.shape, m.tf, currentShapes, COMPARER, found);
      return found.length === 0;
    }
    const keys = new Set([...Object.keys(exp), ...Object.keys(act)]);
    return [...keys].every((k) => valuesEqual(exp[k], act[k]));
  }
  if (typeof exp === 'object' || typeof act === 'object') {
    // A string holding JSON against a document.
    if (typeof exp === 'string' || typeof act === 'string') return jsonEqual(exp, act);
    return false;
  }
  return scalarEqual(exp, act, m?.transform === 'enumCI', m?.transform === 'dnsName');
}

// ---------------------------------------------------------------------------------------------------------------
// JSON documents, IAM policies

export function jsonEqual(a: JsonValue, b: JsonValue): boolean {
  const pa = parseJsonish(a) ?? null;
  const pb = parseJsonish(b) ?? null;
  return canonical(normalizeDoc(pa)) === canonical(normalizeDoc(pb));
}

const IAM_LIST_KEYS = new Set(['Action', 'NotAction', 'Resource', 'NotResource']);

function asArray(v: JsonValue): JsonValue[] {
  return Array.isArray(v) ? v : [v];
}

function sortedUnique(l: JsonValue[]): JsonValue[] {
  const m = new Map<string, JsonValue>();
  for (const x of l) m.set(canonical(x), x);
  return [...m.keys()].sort().map((k) => m.get(k)!);
}

/** IAM policy equivalences: a single statement against a list, a string against [string], order in lists. */
function normalizeDoc(v: JsonValue): JsonValue {
  if (!isObj(v)) return Array.isArray(v) ? v.map(normalizeDoc) : v;
  if (!('Statement' in v)) {
    const o: Record<string, JsonValue> = {};
    for (const [k, x] of Object.entries(v)) o[k] = normalizeDoc(x);
    return o;
  }
  const o: Record<string, JsonValue> = {};
  for (const [k, x] of Object.entries(v)) {
    if (k === 'Statement') o[k] = sortedUnique(asArray(x).map(normalizeStatement));
    else o[k] = x;
  }
  return o;
}

function normalizeStatement(s: JsonValue): JsonValue {
  if (!isObj(s)) return s;
  const o: Record<string, JsonValue> = {};
  for (const [k, x] of Object.entries(s)) {
    if (k === 'Sid' && x === '') continue;
    if (IAM_LIST_KEYS.has(k)) o[k] = sortedUnique(asArray(x));
    else if (k === 'Principal' || k === 'NotPrincipal') {
      if (x === '*' || (isObj(x) && Object.keys(x).length === 1 && x.AWS === '*')) o[k] = '*';
      else if (isObj(x)) {
        const p: Record<string, JsonValue> = {};
        // IAM stores an account id principal as the account's root ARN.
        for (const [pk, pv] of Object.entries(x)) {
          p[pk] = sortedUnique(asArray(pv).map((z) => (pk === 'AWS' && typeof z === 'string' && /^\d{12}$/.test(z) ? `arn:aws:iam::${z}:root` : z)));
        }
        o[k] = p;
      } else o[k] = x;
    } else if (k === 'Condition' && isObj(x)) {
      const c: Record<string, JsonValue> = {};
      for (const [op, kv] of Object.entries(x)) {
        if (!isObj(kv)) {
          c[op] = kv;
          continue;
        }
        const inner: Record<string, JsonValue> = {};
        for (const [ck, cv] of Object.entries(kv)) inner[ck] = sortedUnique(asArray(cv).map((z) => (typeof z === 'boolean' || typeof z === 'number' ? String(z) : z)));
        c[op] = inner;
      }
      o[k] = c;
    } else o[k] = x;
  }
  return o;
}

function canonical(v: JsonValue): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (isObj(v)) return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(',')}}`;
  return JSON.stringify(v);
}

// ---------------------------------------------------------------------------------------------------------------
// Security group rules: Terraform groups sources per rule; CloudFormation has one source per rule.

const PROTOCOLS: Record<string, string> = { all: '-1', '-1': '-1', tcp: '6', udp: '17', icmp: '1', icmpv6: '58' };

function ruleKey(proto: JsonValue | undefined, from: JsonValue | undefined, to: JsonValue | undefined, src: string, desc: JsonValue | undefined): string {
  const p = String(proto ?? '-1').toLowerCase();
  const pn = PROTOCOLS[p] ?? p;
  const ports = pn === '-1' ? '' : `${Number(from ?? -1)}-${Number(to ?? -1)}`;
  return JSON.stringify([pn, ports, src, typeof desc === 'string' ? desc : '']);
}

function flattenTfRules(v: JsonValue | undefined): string[] {
  const out: string[] = [];
  for (const r of Array.isArray(v) ? v : []) {
    if (!isObj(r)) continue;
    const srcs: string[] = [];
    for (const c of asList(r.cidr_blocks)) srcs.push(`cidr:${c}`);
    for (const c of asList(r.ipv6_cidr_blocks)) srcs.push(`ipv6:${c}`);
    for (const c of asList(r.prefix_list_ids)) srcs.push(`pl:${c}`);
    for (const c of asList(r.security_groups)) srcs.push(`sg:${c}`);
    if (r.self === true) srcs.push('sg:self');
    for (const s of srcs) out.push(ruleKey(r.protocol, r.from_port, r.to_port, s, r.description));
  }
  return out;
}

function asList(v: JsonValue | undefined): JsonValue[] {
  return Array.isArray(v) ? v : [];
}

function flattenCfnRules(v: JsonValue | undefined): string[] {
  const out: string[] = [];
  for (const r of Array.isArray(v) ? v : []) {
    if (!isObj(r)) continue;
    const src = r.CidrIp
      ? `cidr:${r.CidrIp}`
      : r.CidrIpv6
        ? `ipv6:${r.CidrIpv6}`
        : (r.SourcePrefixListId ?? r.DestinationPrefixListId)
          ? `pl:${r.SourcePrefixListId ?? r.DestinationPrefixListId}`
          : `sg:${r.SourceSecurityGroupId ?? r.DestinationSecurityGroupId ?? ''}`;
    out.push(ruleKey(r.IpProtocol, r.FromPort, r.ToPort, src, r.Description));
  }
  return out;
}

/** Live rules regrouped in Terraform's shape, to show them. */
function regroupRules(keys: string[]): JsonValue {
  const groups = new Map<string, Record<string, JsonValue>>();
  for (const k of keys) {
    const [proto, ports, src, desc] = JSON.parse(k) as [string, string, string, string];
    const g = `${proto}|${ports}|${desc}`;
    let r = groups.get(g);
    if (!r) {
      const [from, to] = ports ? ports.split(/(?<=\d)-/).map(Number) : [0, 0];
      r = { protocol: proto, from_port: from, to_port: to, cidr_blocks: [], ipv6_cidr_blocks: [], prefix_list_ids: [], security_groups: [], description: desc };
      groups.set(g, r);
    }
    const [kind, ...rest] = src.split(':');
    const value = rest.join(':');
    const field = kind === 'cidr' ? 'cidr_blocks' : kind === 'ipv6' ? 'ipv6_cidr_blocks' : kind === 'pl' ? 'prefix_list_ids' : 'security_groups';
    (r[field] as JsonValue[]).push(value);
  }
  return [...groups.values()];
}

// ---------------------------------------------------------------------------------------------------------------
// Membership: a resource that is one element of a list of its parent (a policy attachment, a security group rule)

type Found = Omit<Difference, 'source'>;

/**
 * `missing` when the element is not in the parent's list; otherwise the differences of the element's other
 * attributes, keyed by Terraform attribute (empty when in sync).
 */
function compareMember(rule: MembershipRule, expected: ExpectedValues, live: Record<string, JsonValue>, instance: ResourceInstance, ctx: ShapeContext | undefined): 'missing' | Record<string, Found[]> {
  const known = (name: string) => knownValue(expected, name, instance.stateAttributes);
  if (rule.sgRule) return compareSgRule(expected, live, instance, known);
  const list = asList(getPath(live, rule.prop));
  const out: Record<string, Found[]> = {};
  if (rule.value !== undefined) {
    const want = known(rule.value);
    if (want === undefined) return out;
    const wants = Array.isArray(want) ? want : [want];
    const absent = wants.filter((w) => !list.some((x) => scalarAlike(w, x, jsonEqual)));
    if (absent.length === wants.length) return 'missing';
    if (absent.length) out[rule.value] = [{ path: rule.value, expected: want, actual: wants.filter((w) => !absent.includes(w)), kind: 'changed' }];
    return out;
  }
  const key = Object.entries(rule.key ?? {});
  if (key.some(([, attr]) => known(attr) === undefined)) return out;
  const element = list.find((x) => isObj(x) && key.every(([prop, attr]) => scalarAlike(known(attr)!, x[prop], jsonEqual)));
  if (!isObj(element)) return 'missing';
  for (const [name, m] of Object.entries(rule.attributes ?? {})) {
    // Only what the code sets (or, without code, the state) is compared: not the state's value of an omitted one.
    const v = knownValue(expected, name);
    if (v === undefined) continue;
    const found: Found[] = [];
    compareMapped(name, toExpectedShape(v, m, instance), fromLive(element, m, instance), m, `${rule.prop}/*/${m.prop}`, [], found, ctx);
    if (found.length) out[name] = found;
  }
  return out;
}

/**
 * The code's (or state's) value of an attribute, or of a path into one (`traffic_source[0].identifier`); undefined
 * when it is not known.
 */
export function knownValue(expected: ExpectedValues, path: string, state?: Record<string, JsonValue>): JsonValue | undefined {
  const [name, ...rest] = parsePath(path);
  const e = expected[String(name)];
  // An attribute the code leaves out (a generated target id): the state knows it.
  let v: JsonValue | undefined = e ? (e.unknown || e.value === null ? undefined : e.value) : state?.[String(name)];
  if (v === undefined || v === null) return undefined;
  for (const seg of rest) {
    if (Array.isArray(v) && typeof seg === 'number') v = v[seg];
    else if (isObj(v) && typeof seg === 'string') v = v[seg];
    else return undefined;
  }
  return v === null ? undefined : v;
}

/** aws_security_group_rule: each of its sources is one rule of the group's SecurityGroupIngress/Egress. */
function compareSgRule(expected: ExpectedValues, live: Record<string, JsonValue>, instance: ResourceInstance, known: (n: string) => JsonValue | undefined): 'missing' | Record<string, Found[]> {
  const egress = known('type') === 'egress';
  const rules = asList(live[egress ? 'SecurityGroupEgress' : 'SecurityGroupIngress']).filter(isObj);
  const proto = known('protocol');
  const from = known('from_port');
  const to = known('to_port');
  const desc = known('description');
  const sources: Array<[string, string]> = [];
  for (const c of asList(known('cidr_blocks'))) sources.push(['cidr_blocks', `cidr:${c}`]);
  for (const c of asList(known('ipv6_cidr_blocks'))) sources.push(['ipv6_cidr_blocks', `ipv6:${c}`]);
  for (const c of asList(known('prefix_list_ids'))) sources.push(['prefix_list_ids', `pl:${c}`]);
  const sg = known('source_security_group_id');
  if (typeof sg === 'string') sources.push(['source_security_group_id', `sg:${sg}`]);
  const own = known('security_group_id') ?? instance.stateAttributes?.security_group_id;
  if (known('self') === true && typeof own === 'string') sources.push(['self', `sg:${own}`]);
  const liveKeys = rules.map((r) => ({ key: ruleKey(r.IpProtocol, r.FromPort, r.ToPort, cfnSource(r), ''), desc: r.Description }));
  const out: Record<string, Found[]> = {};
  const present: Array<[string, string]> = [];
  for (const src of sources) {
    const k = ruleKey(proto, from, to, src[1], '');
    const hit = liveKeys.find((x) => x.key === k);
    if (!hit) continue;
    present.push(src);
    if (typeof desc === 'string' && (hit.desc ?? '') !== desc && !out.description) {
      out.description = [{ path: 'description', expected: desc, actual: typeof hit.desc === 'string' ? hit.desc : undefined, kind: typeof hit.desc === 'string' ? 'changed' : 'removed' }];
    }
  }
  if (sources.length > 0 && present.length === 0) return 'missing';
  for (const attr of new Set(sources.map(([a]) => a))) {
    const want = sources.filter(([a]) => a === attr).map(([, v]) => v.slice(v.indexOf(':') + 1));
    const have = present.filter(([a]) => a === attr).map(([, v]) => v.slice(v.indexOf(':') + 1));
    if (have.length === want.length) continue;
    const exp = known(attr);
    out[attr] = [{ path: attr, expected: exp, actual: Array.isArray(exp) ? have : have[0], kind: have.length ? 'changed' : 'removed' }];
  }
  return out;
}

function cfnSource(r: Record<string, JsonValue>): string {
  if (r.CidrIp) return `cidr:${r.CidrIp}`;
  if (r.CidrIpv6) return `ipv6:${r.CidrIpv6}`;
  const pl = r.SourcePrefixListId ?? r.DestinationPrefixListId;
  if (pl) return `pl:${pl}`;
  return `sg:${r.SourceSecurityGroupId ?? r.DestinationSecurityGroupId ?? ''}`;
}
