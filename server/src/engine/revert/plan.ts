// "Revert live resource to code", the planning half: from a drifted resource (its instance, expected values and
// live Cloud Control properties) to the RFC 6902 patch document that UpdateResource applies, plus a redacted change
// list for the confirmation dialog. Nothing here calls AWS.
//
// - Only drifted attributes are patched (those `compareResource` reports, minus ignore_changes), each converted from
//   its Terraform shape to the property's shape through the mapping: tags maps to [{Key, Value}] (AWS-reserved
//   `aws:` tags kept as they are), JSON policy strings to documents, booleans and numbers to the live value's type,
//   nested blocks to objects (merged onto the live object, so properties the code does not manage are kept).
// - Arrays (Tags, security group rules, key schemas, lists of ids) are replaced whole, never element by element.
// - Write-only properties cannot be read back, so a patch re-sends every one the code knows (`add`, which works
//   whether or not the service holds a value), lest the update drop them.
// - Read-only properties are never touched. A drifted attribute on a create-only property refuses the whole revert
//   (changing it replaces the resource: that is `terraform apply`'s job).
// - Attributes whose expected value is unknown (an expression the evaluator could not resolve, no state value) are
//   listed as not revertable.

import { isDeepStrictEqual } from 'node:util';
import type { Difference, JsonValue, ResourceResult } from '../scan/types';
import type { AttributeMapping, ExpectedAttribute, ExpectedValues, ResourceInstance, TypeSchemaFacts } from '../compare/api';
import type { MembershipRule } from '../mapping/types';
import { compareResource, isEmpty, knownValue, parsePath } from '../compare/compare';
import { cfnFacts } from '../mapping/cfnSchemas';
import { awsccAttributeName, propertyFor, snakeCase } from '../mapping/naming';
import { shapesOf, type Shape, type TypeShapes } from '../mapping/shapes';
import { terraformAsLive } from '../compare/shaped';
import { displayValue, redactDifference, type RedactionOptions } from '../log/redact';

/** One RFC 6902 operation, as UpdateResource's PatchDocument takes it. */
export type PatchOperation = { op: 'add' | 'replace'; path: string; value: JsonValue } | { op: 'remove'; path: string };

/** A row of the confirmation dialog. Values are display text, already redacted. */
export interface RevertChange {
  /** Terraform attribute path, as in the drift diagnostics: `instance_type`, `tags.Env`. */
  path: string;
  /** The property the patch writes: `/InstanceType`, `/Tags` (a JSON pointer into the resource model). */
  property: string;
  /** The live value now, as display text: `"t3.large"`, `(absent)`, `(redacted)`. */
  live: string;
  /** The value the code asks for, as display text. */
  code: string;
  /** Where the code's value came from: the configuration, or the state when the expression could not be evaluated. */
  source: 'config' | 'state';
  /** `drift`: a difference put back; `write-only`: a value AWS never returns, re-sent with the patch. */
  reason: 'drift' | 'write-only';
  /** The values were replaced by redaction marks. */
  sensitive: boolean;
}

/** An attribute the plan leaves alone, and why, in words a user understands. */
export interface NotReverted {
  attribute: string;
  reason: string;
}

export interface RevertPlan {
  address: string;
  type: string;
  cloudType?: string;
  identifier?: string;
  region?: string;
  /**
   * `ready`: `patch` puts the drifted attributes back; `in_sync`: nothing to revert; `refused`: the revert must not
   * be sent (`reason` says why; `patch` is empty).
   */
  status: 'ready' | 'in_sync' | 'refused';
  patch: PatchOperation[];
  /** What the dialog shows: drifted paths with live and code values, and the write-only values re-sent. */
  changes: RevertChange[];
  /** For `refused` and `in_sync`: one paragraph. */
  reason?: string;
  /** Drifted attributes on create-only properties (any of them refuses the plan). */
  createOnly: NotReverted[];
  /** Attributes whose value in the code is not known: not reverted. */
  unknown: NotReverted[];
  /** Drifted attributes left out for another reason (partly ignored, no property to write). */
  skipped: NotReverted[];
  /**
   * The comparison the plan was made from (for the log entry: `revertEvent`). Not redacted beyond what the
   * comparison itself redacts: pass it through the log's `redactResult` before showing it anywhere.
   */
  result: ResourceResult;
}

export interface PlanOptions {
  /** Revert only these top-level attributes (default: every drifted one). */
  attributes?: string[];
  /** HMAC key for redaction marks in `changes`. */
  redaction?: RedactionOptions;
  /** Extra schema facts (as for compareResource). */
  schema?: TypeSchemaFacts;
}

type Obj = Record<string, JsonValue>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const stripProps = (p: string) => p.replace(/^\/?properties\//, '');

/** The property path patterns (`A/*\/B`) that cover `prop` (`A/B`), or that `prop` covers. */
function overlaps(prop: string, pattern: string): boolean {
  const a = prop.split('/');
  const b = pattern.split('/');
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i] && a[i] !== '*' && b[i] !== '*') return false;
  return true;
}

/** `prop` lies at or under a pattern. */
function coveredBy(prop: string, patterns: string[]): boolean {
  const segs = prop.split('/');
  return patterns.some((p) => {
    const ps = p.split('/');
    return ps.length <= segs.length && ps.every((s, i) => s === '*' || s === segs[i]);
  });
}

function pointer(segs: string[]): string {
  return '/' + segs.map((s) => s.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
}

function clone<T>(v: T): T {
  return structuredClone(v);
}

function getAt(doc: JsonValue | undefined, segs: string[]): JsonValue | undefined {
  let v = doc;
  for (const s of segs) {
    if (!isObj(v)) return undefined;
    v = v[s];
  }
  return v;
}

/** Every value at a schema path (with `*` for array items), for the create-only check. */
function valuesAt(doc: JsonValue | undefined, segs: string[]): JsonValue[] {
  let cur: JsonValue[] = doc === undefined ? [] : [doc];
  for (const s of segs) {
    const next: JsonValue[] = [];
    for (const v of cur) {
      if (s === '*' && Array.isArray(v)) next.push(...v);
      else if (isObj(v) && Object.prototype.hasOwnProperty.call(v, s)) next.push(v[s]);
    }
    cur = next;
  }
  return cur;
}

/**
 * Emits the operation that sets (or removes, for an empty value) the property at `segs` of `doc`, and applies it
 * to `doc`. A missing parent object is added whole, since RFC 6902 cannot add below a member that does not exist.
 */
function setProperty(doc: Obj, segs: string[], value: JsonValue | undefined, ops: PatchOperation[], forceAdd = false): void {
  if (segs.length === 0) {
    // The model itself (a block of top-level properties): each property that changed.
    if (!isObj(value)) return;
    for (const k of new Set([...Object.keys(doc), ...Object.keys(value)])) setProperty(doc, [k], value[k], ops, forceAdd);
    return;
  }
  const current = getAt(doc, segs);
  if (isEmpty(value)) {
    if (current === undefined) return;
    const parent = getAt(doc, segs.slice(0, -1)) as Obj;
    ops.push({ op: 'remove', path: pointer(segs) });
    delete parent[segs[segs.length - 1]];
    return;
  }
  if (!forceAdd && current !== undefined && isDeepStrictEqual(current, value)) return;
  let parent: Obj = doc;
  let i = 0;
  while (i < segs.length - 1 && isObj(parent[segs[i]])) parent = parent[segs[i++]] as Obj;
  if (i < segs.length - 1) {
    // parent[segs[i]] is absent (or not an object): write the nested object from there.
    let nested: JsonValue = clone(value!);
    for (let j = segs.length - 1; j > i; j--) nested = { [segs[j]]: nested };
    const exists = Object.prototype.hasOwnProperty.call(parent, segs[i]);
    ops.push({ op: exists ? 'replace' : 'add', path: pointer(segs.slice(0, i + 1)), value: nested });
    parent[segs[i]] = clone(nested);
    return;
  }
  const last = segs[segs.length - 1];
  const exists = Object.prototype.hasOwnProperty.call(parent, last);
  ops.push({ op: exists && !forceAdd ? 'replace' : 'add', path: pointer(segs), value: clone(value!) });
  parent[last] = clone(value!);
}

// ---------------------------------------------------------------------------------------------------------------
// Terraform shape -> property shape

interface ConvertContext {
  instance: ResourceInstance;
  /** The type's property shapes, for attributes the mapping describes by the schema alone. */
  shapes?: TypeShapes;
  /** Tag keys under ignore_changes: their live entries are kept as they are. */
  keepTagKeys: Set<string>;
}

const asText = (v: JsonValue): string => (typeof v === 'string' ? v : JSON.stringify(v));

function parseJson(v: string): JsonValue | undefined {
  try {
    return JSON.parse(v) as JsonValue;
  } catch {
    return undefined;
  }
}

function toBool(v: JsonValue): boolean | undefined {
  return typeof v === 'boolean' ? v : v === 'true' ? true : v === 'false' ? false : undefined;
}

function toNumber(v: JsonValue): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) return Number(v);
  return undefined;
}

function keepTag(key: unknown, ctx: ConvertContext): boolean {
  return typeof key === 'string' && (key.startsWith('aws:') || ctx.keepTagKeys.has(key));
}

/** A Terraform value in the shape of the property it maps to; `live` is the property's value now (shape hints, merging). */
function toProperty(v: JsonValue, m: AttributeMapping, live: JsonValue | undefined, ctx: ConvertContext): JsonValue | undefined {
  const t = m.transform;
  if (t === 'tags') {
    if (!isObj(v)) return v;
    const kept = Array.isArray(live) ? live.filter((x) => isObj(x) && keepTag(x.Key, ctx)) : [];
    const keptKeys = new Set(kept.map((x) => (x as Obj).Key));
    const own = Object.entries(v)
      .filter(([k, x]) => x !== null && !keptKeys.has(k) && !ctx.keepTagKeys.has(k))
      .map(([k, x]) => ({ Key: k, Value: asText(x) }));
    return [...own, ...kept];
  }
  if (t === 'tagMap') {
    if (!isObj(v)) return v;
    const out: Obj = {};
    for (const [k, x] of Object.entries(v)) if (x !== null && !ctx.keepTagKeys.has(k)) out[k] = asText(x);
    if (isObj(live)) for (const [k, x] of Object.entries(live)) if (keepTag(k, ctx)) out[k] = x;
    return out;
  }
  if (t === 'json') {
    if (typeof v === 'string') return typeof live === 'string' ? v : (parseJson(v) ?? v);
    return typeof live === 'string' ? JSON.stringify(v) : v;
  }
  // Numbers and booleans take the live value's type, else the schema's (a numeric string where it says string).
  const asString = typeof live === 'string' || (live === undefined && ctx.shapes?.resolve(m.shape) === 's');
  if (t === 'number') {
    const n = toNumber(v);
    if (n === undefined) return v;
    return asString ? String(n) : n;
  }
  if (t === 'bool') {
    const b = toBool(v);
    if (b === undefined) return v;
    return asString ? String(b) : b;
  }
  if (t && typeof t === 'object' && 'boolToString' in t) {
    const b = toBool(v);
    return b === undefined ? v : b ? t.boolToString[0] : t.boolToString[1];
  }
  if (t && typeof t === 'object' && 'keySchema' in t) {
    // One element of the KeySchema list: the whole list is written, with this element's AttributeName set.
    const list = Array.isArray(live) ? clone(live) : [];
    const i = list.findIndex((x) => isObj(x) && x.KeyType === t.keySchema);
    if (v === null || v === '') {
      if (i >= 0) list.splice(i, 1);
    } else if (i >= 0) (list[i] as Obj).AttributeName = v;
    else list.push({ AttributeName: v, KeyType: t.keySchema });
    return list;
  }
  if (t === 'sgRules') return sgRules(v, m, ctx);
  if (t && typeof t === 'object' && 'keyValue' in t) {
    // One entry of a [{Key, Value}] list of strings: the whole list is written, with this entry set.
    const list = Array.isArray(live) ? clone(live) : [];
    const i = list.findIndex((x) => isObj(x) && x.Key === t.keyValue);
    if (v === null) {
      if (i >= 0) list.splice(i, 1);
      return list;
    }
    const value = asText(v);
    if (i >= 0) (list[i] as Obj).Value = value;
    else list.push({ Key: t.keyValue, Value: value });
    return list;
  }
  if (t && typeof t === 'object' && 'blocksAsMap' in t) {
    // The code's entries set onto the live map; entries the code does not name are kept.
    const [kn, vn] = t.blocksAsMap;
    const out: Obj = isObj(live) ? clone(live) : {};
    for (const b of Array.isArray(v) ? v : []) if (isObj(b) && typeof b[kn] === 'string' && b[vn] !== null && b[vn] !== undefined) out[b[kn] as string] = asText(b[vn]);
    return out;
  }
  if (t && typeof t === 'object' && 'mapOf' in t) {
    if (!isObj(v)) return v;
    const [kn, vn] = t.mapOf;
    // The value as the schema types it (a weight is a number, a dimension value a string).
    const numeric = fieldShape(m, vn, ctx) === 'i' || fieldShape(m, vn, ctx) === 'n';
    return Object.entries(v)
      .filter(([, x]) => x !== null)
      .map(([k, x]) => ({ [kn]: k, [vn]: numeric ? (toNumber(x) ?? x) : asText(x) }));
  }
  if (t && typeof t === 'object' && 'where' in t) {
    // One field of one element: the whole list is written, with that element's field set.
    const list = Array.isArray(live) ? clone(live) : [];
    let el = list.find((x) => isObj(x) && Object.entries(t.where).every(([k, w]) => x[k] === w)) as Obj | undefined;
    if (!el) list.push((el = { ...t.where }));
    const fs = fieldShape(m, t.field, ctx);
    if (v === null) delete el[t.field];
    else el[t.field] = fs === 's' ? asText(v) : fs === 'i' || fs === 'n' ? (toNumber(v) ?? v) : fs === 'b' ? (toBool(v) ?? v) : v;
    return list;
  }
  if (t && typeof t === 'object' && 'listOf' in t) {
    // Values onto objects holding each under the key; a live element of the same value is kept whole.
    const values = Array.isArray(v) ? v : [v];
    const current = Array.isArray(live) ? live : [];
    return values.map((x) => current.find((c) => isObj(c) && c[t.listOf] === x) ?? { [t.listOf]: x });
  }
  if (m.items) {
    const list = Array.isArray(v) ? v : [v];
    if (m.single) {
      const first = list[0];
      return isObj(first) ? blockToProperty(first, m.items, isObj(live) ? live : undefined, ctx) : undefined;
    }
    return list.map((x, i) =>
      isObj(x) ? blockToProperty(x, m.items!, !m.set && Array.isArray(live) && isObj(live[i]) ? live[i] : undefined, ctx) : x,
    );
  }
  if (!t && m.keyedBy && Array.isArray(v) && ctx.shapes) {
    // Element by element on the key: the code's elements set onto the live ones of the same key; live elements the
    // code does not declare (defaults AWS adds) are kept.
    const s = ctx.shapes.resolve(m.shape);
    const item = s && typeof s === 'object' && 'a' in s ? s.a : undefined;
    const keyOf = (x: JsonValue) => (isObj(x) ? (x[snakeCase(m.keyedBy!)] ?? x[m.keyedBy!]) : undefined);
    const current = Array.isArray(live) ? clone(live) : [];
    const sctx = { shapes: ctx.shapes, skip: [], blocks: true };
    for (const e of v) {
      const i = current.findIndex((c) => isObj(c) && String(c[m.keyedBy!]) === String(keyOf(e)));
      const conv = terraformAsLive(e, item, sctx, i >= 0 ? current[i] : undefined);
      if (conv === undefined) continue;
      if (i >= 0) current[i] = conv;
      else current.push(conv);
    }
    return current;
  }
  if (!t && m.shape !== undefined && ctx.shapes) return terraformAsLive(v, m.shape, { shapes: ctx.shapes, skip: [], blocks: true }, live);
  return v;
}

/** The schema's shape of a field of the elements of the attribute's list property (`Value` of `[{Name, Value}]`). */
function fieldShape(m: AttributeMapping, field: string, ctx: ConvertContext): Shape | undefined {
  const s = ctx.shapes?.resolve(m.shape);
  if (!s || typeof s !== 'object' || !('a' in s)) return undefined;
  const item = ctx.shapes!.resolve(s.a);
  return item && typeof item === 'object' && 'o' in item ? ctx.shapes!.resolve(item.o[field]) : undefined;
}

/** A nested block's attributes set onto `base` (the live object, merged) or a fresh object. */
function blockToProperty(block: Obj, items: Record<string, AttributeMapping>, base: Obj | undefined, ctx: ConvertContext): Obj {
  const out: Obj = base ? clone(base) : {};
  for (const [k, x] of Object.entries(block)) {
    const im = items[k];
    if (!im || x === null) continue;
    if (im.prop === '') {
      // A block of properties of this same object (prop ''): merged in.
      const conv = toProperty(x, im, out, ctx);
      if (isObj(conv)) Object.assign(out, conv);
      continue;
    }
    const segs = im.prop.split('/');
    const conv = toProperty(x, im, getAt(out, segs), ctx);
    // An empty block the code has (`none {}`) is an empty object, there for its presence: it is written.
    const presentBlock = Array.isArray(x) && x.length > 0 && isObj(conv);
    if (isEmpty(conv) && !presentBlock) {
      const parent = getAt(out, segs.slice(0, -1));
      if (isObj(parent)) delete parent[segs[segs.length - 1]];
      continue;
    }
    let o = out;
    for (const s of segs.slice(0, -1)) {
      if (!isObj(o[s])) o[s] = {};
      o = o[s] as Obj;
    }
    o[segs[segs.length - 1]] = conv!;
  }
  return out;
}

const PROTOCOL_NAMES: Record<string, string> = { all: '-1', '-1': '-1' };

/** Terraform security group rules (N sources per rule) as CloudFormation rules (one source each). */
function sgRules(v: JsonValue, m: AttributeMapping, ctx: ConvertContext): JsonValue {
  if (!Array.isArray(v)) return v;
  const egress = m.items?.prefix_list_ids?.prop === 'DestinationPrefixListId';
  const own = ctx.instance.stateAttributes?.id;
  const out: Obj[] = [];
  for (const r of v) {
    if (!isObj(r)) continue;
    const proto = String(r.protocol ?? '-1').toLowerCase();
    const base: Obj = { IpProtocol: PROTOCOL_NAMES[proto] ?? proto };
    const from = toNumber(r.from_port ?? null);
    const to = toNumber(r.to_port ?? null);
    if (from !== undefined) base.FromPort = from;
    if (to !== undefined) base.ToPort = to;
    if (typeof r.description === 'string' && r.description !== '') base.Description = r.description;
    const list = (x: JsonValue | undefined) => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : []);
    for (const c of list(r.cidr_blocks)) out.push({ ...base, CidrIp: c });
    for (const c of list(r.ipv6_cidr_blocks)) out.push({ ...base, CidrIpv6: c });
    for (const c of list(r.prefix_list_ids)) out.push({ ...base, [egress ? 'DestinationPrefixListId' : 'SourcePrefixListId']: c });
    const groups = list(r.security_groups);
    if (r.self === true && typeof own === 'string') groups.push(own);
    for (const g of groups) out.push({ ...base, [egress ? 'DestinationSecurityGroupId' : 'SourceSecurityGroupId']: g });
  }
  return out;
}

// Generic (awscc) attributes: snake_case names against the live model's names.

function pascalCase(name: string): string {
  return name
    .split('_')
    .filter((s) => s !== '')
    .map((s) => s[0].toUpperCase() + s.slice(1))
    .join('');
}

function genericKey(live: Obj | undefined, name: string, top: string | undefined): string {
  if (live) {
    if (Object.prototype.hasOwnProperty.call(live, name)) return name;
    for (const k of Object.keys(live)) if ((top !== undefined ? awsccAttributeName(top, k) : snakeCase(k)) === name) return k;
  }
  if (top !== undefined && name === awsccAttributeName(top, 'Id')) return 'Id';
  if (top !== undefined && name === 'provider_name') return 'Provider';
  return pascalCase(name);
}

/** An awscc value in the live model's shape: nested keys renamed, JSON strings parsed where the live side is a document. */
function toGeneric(v: JsonValue, live: JsonValue | undefined, merge: boolean): JsonValue {
  if (typeof v === 'string' && live !== undefined && live !== null && typeof live === 'object') return parseJson(v) ?? v;
  if (isObj(v)) {
    const hint = isObj(live) ? live : undefined;
    const out: Obj = merge && hint ? clone(hint) : {};
    for (const [k, x] of Object.entries(v)) {
      if (x === null) continue;
      const key = genericKey(hint, k, undefined);
      const conv = toGeneric(x, hint?.[key], merge);
      if (isEmpty(conv)) delete out[key];
      else out[key] = conv;
    }
    return out;
  }
  if (Array.isArray(v)) {
    const hints = Array.isArray(live) ? live : [];
    // Elements are not merged onto live ones (their order means nothing): the live ones only name the keys.
    return v.map((x, i) => toGeneric(x, hints[i] ?? hints[0], false));
  }
  return v;
}

// ---------------------------------------------------------------------------------------------------------------

const UNKNOWN_REASON =
  'its value in the code is not known (an expression Driftlog cannot evaluate, such as a reference to another resource or a data source) and the state holds none';

/**
 * Plans the revert of a resource's drifted attributes to the code's values. Pure: no AWS call. The caller shows
 * `changes` (and `reason` when refused) in a modal confirmation, then sends `patch` with `applyRevert`.
 */
export function planRevert(
  instance: ResourceInstance,
  expected: ExpectedValues,
  liveProperties: Record<string, unknown>,
  opts: PlanOptions = {},
): RevertPlan {
  const mapping = instance.mapping;
  const live = clone(liveProperties) as Obj;
  const result = compareResource(instance, expected, live, { ...opts.schema, writeOnly: [...(mapping?.writeOnly ?? []), ...(opts.schema?.writeOnly ?? [])] });
  const plan: RevertPlan = {
    address: instance.address,
    type: instance.type,
    ...(instance.cloudType ? { cloudType: instance.cloudType } : {}),
    ...(instance.identifier ? { identifier: instance.identifier } : {}),
    ...(instance.region ? { region: instance.region } : {}),
    status: 'in_sync',
    patch: [],
    changes: [],
    createOnly: [],
    unknown: [],
    skipped: [],
    result,
  };
  if (!mapping || !instance.cloudType) {
    plan.status = 'refused';
    plan.reason = `${instance.address}: ${instance.type} has no mapping to a Cloud Control type, so Driftlog cannot revert it. Run \`terraform apply\`.`;
    return plan;
  }
  if (result.status === 'unsupported' || result.status === 'error') {
    plan.status = 'refused';
    plan.reason = `${instance.address}: ${result.error ?? 'the comparison failed'}`;
    return plan;
  }
  const wanted = opts.attributes ? new Set(opts.attributes) : undefined;
  const facts = cfnFacts(mapping.cloudType);
  const createOnlyPaths = [...(mapping.createOnly ?? []), ...(facts?.c ?? [])].map(stripProps);
  const readOnlyPaths = [...(facts?.r ?? []), ...(opts.schema?.readOnly ?? [])].map(stripProps);
  const writeOnlyPaths = [...(mapping.writeOnly ?? []), ...(facts?.w ?? []), ...(opts.schema?.writeOnly ?? [])].map(stripProps);
  const generic = mapping.kind === 'generic';
  const shapes = shapesOf(mapping.cloudType);
  const ignore = instance.resource?.ignoreChanges;
  const ignored = Array.isArray(ignore) ? ignore.map(parsePath) : [];

  // The drifted attributes, in the order the comparison found them.
  const drifted = new Map<string, Difference[]>();
  for (const d of result.differences) {
    const name = String(parsePath(d.path)[0] ?? d.path);
    if (wanted && !wanted.has(name)) continue;
    let l = drifted.get(name);
    if (!l) drifted.set(name, (l = []));
    l.push(d);
  }

  // Attributes whose value is unknown: the comparison skipped them, so they may hide drift.
  for (const [name, e] of Object.entries(expected)) {
    if (!e.unknown || (wanted && !wanted.has(name))) continue;
    if (!generic && (!mapping.attributes[name] || mapping.identityAttributes?.includes(name))) continue;
    plan.unknown.push({ attribute: name, reason: `${name} cannot be reverted: ${UNKNOWN_REASON}.` });
  }

  if (drifted.size === 0) {
    plan.reason = `${instance.address} has no drift to revert${plan.unknown.length ? ` (not checked: ${plan.unknown.map((u) => u.attribute).join(', ')})` : ''}.`;
    return plan;
  }

  if (mapping.member) return planMemberRevert(plan, mapping.member, expected, clone(live), drifted, createOnlyPaths, { instance, keepTagKeys: new Set(), shapes }, opts);

  // The property each drifted attribute writes.
  const targets: Array<{ name: string; e: ExpectedAttribute; segs: string[]; m?: AttributeMapping }> = [];
  for (const name of drifted.keys()) {
    const e = expected[name];
    if (generic) {
      const key = (shapes && propertyFor(name, shapes.properties, mapping.terraformType)) ?? genericKey(live, name, mapping.terraformType);
      targets.push({ name, e, segs: [key] });
      continue;
    }
    const m = mapping.attributes[name];
    if (m.createOnly || coveredBy(m.prop, createOnlyPaths)) {
      plan.createOnly.push({ attribute: name, reason: createOnlyReason(name, m.prop, mapping.cloudType) });
      continue;
    }
    if (coveredBy(m.prop, readOnlyPaths)) {
      plan.skipped.push({ attribute: name, reason: `${name} maps to the read-only property ${m.prop}: AWS sets it, it cannot be written.` });
      continue;
    }
    const nestedIgnore = ignored.filter((p) => p.length > 1 && p[0] === name);
    if (nestedIgnore.length > 0 && m.transform !== 'tags' && m.transform !== 'tagMap') {
      plan.skipped.push({ attribute: name, reason: `${name} is partly under lifecycle ignore_changes: Driftlog writes the whole property, so it leaves it alone.` });
      continue;
    }
    targets.push({ name, e, segs: m.prop === '' ? [] : m.prop.split('/'), m });
  }

  // The patch: drifted attributes first, then the write-only values the code knows.
  const working = clone(live);
  const ops: PatchOperation[] = [];
  const opOwner: string[] = [];
  for (const { name, e, segs, m } of targets) {
    const before = ops.length;
    if (m) {
      const keepTagKeys = new Set(
        ignored.filter((p) => p.length === 2 && p[0] === name && typeof p[1] === 'string').map((p) => p[1] as string),
      );
      const value = toProperty(e.value, m, getAt(working, segs), { instance, keepTagKeys, shapes });
      setProperty(working, segs, value, ops);
    } else {
      const shape = shapes?.property(segs[0]);
      const value =
        e.value === null ? null : shapes && shape !== undefined ? (terraformAsLive(e.value, shape, { shapes, skip: [], blocks: false }, working[segs[0]]) ?? null) : toGeneric(e.value, working[segs[0]], true);
      setProperty(working, segs, value, ops);
    }
    for (let i = before; i < ops.length; i++) opOwner.push(name);
  }

  const writeOnlyRows: Array<{ name: string; e: ExpectedAttribute; path: string }> = [];
  if (ops.length > 0) {
    const candidates: Array<{ name: string; segs: string[]; m?: AttributeMapping }> = [];
    if (generic) {
      for (const p of writeOnlyPaths) {
        if (p.includes('/')) continue;
        candidates.push({ name: awsccAttributeName(mapping.terraformType, p), segs: [p] });
      }
    } else {
      for (const [name, m] of Object.entries(mapping.attributes)) {
        if (m.prop !== '' && (m.writeOnly || coveredBy(m.prop, writeOnlyPaths))) candidates.push({ name, segs: m.prop.split('/'), m });
      }
    }
    for (const { name, segs, m } of candidates) {
      const e = expected[name];
      if (!e || e.unknown || e.value === null) continue;
      const prop = segs.join('/');
      if ((m?.createOnly ?? false) || coveredBy(prop, createOnlyPaths) || coveredBy(prop, readOnlyPaths)) continue;
      const value = m ? toProperty(e.value, m, undefined, { instance, keepTagKeys: new Set(), shapes }) : toGeneric(e.value, undefined, false);
      if (isEmpty(value)) continue;
      const before = ops.length;
      setProperty(working, segs, value, ops, true);
      for (let i = before; i < ops.length; i++) opOwner.push(name);
      writeOnlyRows.push({ name, e, path: pointer(segs) });
    }
  }

  // Whatever the mapping says, a patch that changes a create-only property (nested ones included) is refused.
  for (const c of createOnlyPaths) {
    const segs = c.split('/');
    if (isDeepStrictEqual(valuesAt(live, segs), valuesAt(working, segs))) continue;
    const owners = new Set(ops.map((o, i) => (overlaps(o.path.slice(1), c) ? opOwner[i] : undefined)).filter((x): x is string => !!x));
    for (const name of owners) {
      if (!plan.createOnly.some((x) => x.attribute === name)) plan.createOnly.push({ attribute: name, reason: createOnlyReason(name, c, mapping.cloudType) });
    }
  }

  // The dialog's rows, redacted.
  for (const d of result.differences) {
    const name = String(parsePath(d.path)[0] ?? d.path);
    if (!drifted.has(name) || plan.skipped.some((x) => x.attribute === name)) continue;
    const target = targets.find((t) => t.name === name);
    const r = redactDifference(instance.type, d, opts.redaction);
    plan.changes.push({
      path: d.path,
      property: target ? pointer(target.segs) : mapping.attributes[name] ? pointer(mapping.attributes[name].prop.split('/')) : `/${name}`,
      live: displayValue(r.actual),
      code: displayValue(r.expected),
      source: d.source,
      reason: 'drift',
      sensitive: !!r.sensitive,
    });
  }
  for (const w of writeOnlyRows) {
    // Write-only values are treated as secrets: the dialog says that one is re-sent, never what it is.
    plan.changes.push({ path: w.name, property: w.path, live: '(write-only: not readable)', code: '(redacted)', source: w.e.source, reason: 'write-only', sensitive: true });
  }

  if (plan.createOnly.length > 0) {
    plan.status = 'refused';
    plan.reason = `${instance.address} cannot be reverted in place: ${plan.createOnly.map((c) => c.reason).join(' ')}`;
    return plan;
  }
  if (!ops.some((_, i) => !writeOnlyRows.some((w) => w.name === opOwner[i]))) {
    plan.status = 'refused';
    plan.reason = plan.skipped.length
      ? `${instance.address}: none of its drifted attributes can be reverted. ${plan.skipped.map((s) => s.reason).join(' ')}`
      : `${instance.address}: the live values already equal the code's once converted to the resource model; nothing to send.`;
    return plan;
  }
  plan.status = 'ready';
  plan.patch = ops;
  return plan;
}

/**
 * The revert of a resource that is one element of its parent's list (an attachment, a security group rule): the
 * parent's whole list written back with the element as the code has it (added where it is gone, its attributes set).
 */
function planMemberRevert(
  plan: RevertPlan,
  rule: MembershipRule,
  expected: ExpectedValues,
  working: Obj,
  drifted: Map<string, Difference[]>,
  createOnlyPaths: string[],
  ctx: ConvertContext,
  opts: PlanOptions,
): RevertPlan {
  const known = (name: string) => knownValue(expected, name, ctx.instance.stateAttributes);
  const egress = rule.sgRule && known('type') === 'egress';
  const prop = rule.sgRule ? (egress ? 'SecurityGroupEgress' : 'SecurityGroupIngress') : rule.prop;
  const segs = prop.split('/');
  if (coveredBy(prop, createOnlyPaths)) {
    plan.status = 'refused';
    plan.reason = `${plan.address} cannot be reverted in place: ${createOnlyReason([...drifted.keys()].join(', '), prop, plan.cloudType ?? '')}`;
    return plan;
  }
  const current = getAt(working, segs);
  const list: JsonValue[] = Array.isArray(current) ? clone(current) : [];
  if (rule.sgRule) {
    const proto = String(known('protocol') ?? '-1').toLowerCase();
    const base: Obj = { IpProtocol: PROTOCOL_NAMES[proto] ?? proto };
    const from = toNumber(known('from_port') ?? null);
    const to = toNumber(known('to_port') ?? null);
    if (from !== undefined && base.IpProtocol !== '-1') base.FromPort = from;
    if (to !== undefined && base.IpProtocol !== '-1') base.ToPort = to;
    const desc = known('description');
    const sources: Obj[] = [];
    const strs = (v: JsonValue | undefined) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
    for (const c of strs(known('cidr_blocks'))) sources.push({ CidrIp: c });
    for (const c of strs(known('ipv6_cidr_blocks'))) sources.push({ CidrIpv6: c });
    for (const c of strs(known('prefix_list_ids'))) sources.push({ [egress ? 'DestinationPrefixListId' : 'SourcePrefixListId']: c });
    const sg = known('source_security_group_id');
    const own = known('security_group_id');
    if (typeof sg === 'string') sources.push({ [egress ? 'DestinationSecurityGroupId' : 'SourceSecurityGroupId']: sg });
    if (known('self') === true && typeof own === 'string') sources.push({ [egress ? 'DestinationSecurityGroupId' : 'SourceSecurityGroupId']: own });
    const same = (a: JsonValue, b: Obj) =>
      isObj(a) &&
      String(a.IpProtocol).toLowerCase() === String(b.IpProtocol).toLowerCase() &&
      (b.IpProtocol === '-1' || (toNumber(a.FromPort ?? null) === b.FromPort && toNumber(a.ToPort ?? null) === b.ToPort)) &&
      Object.keys(b).filter((k) => !['IpProtocol', 'FromPort', 'ToPort', 'Description'].includes(k)).every((k) => a[k] === b[k]);
    for (const src of sources) {
      const want: Obj = { ...base, ...src, ...(typeof desc === 'string' && desc !== '' ? { Description: desc } : {}) };
      const i = list.findIndex((x) => same(x, want));
      if (i < 0) list.push(want);
      else if (typeof desc === 'string') {
        const el = list[i] as Obj;
        if (desc === '') delete el.Description;
        else el.Description = desc;
      }
    }
  } else if (rule.value !== undefined) {
    const want = known(rule.value);
    for (const w of Array.isArray(want) ? want : want === undefined ? [] : [want]) if (!list.some((x) => isDeepStrictEqual(x, w))) list.push(w);
  } else {
    const key = Object.entries(rule.key ?? {});
    const keyValues = key.map(([p, attr]) => [p, known(attr)] as const);
    let i = list.findIndex((x) => isObj(x) && keyValues.every(([p, v]) => v !== undefined && String(x[p]) === String(v)));
    if (i < 0) {
      list.push(Object.fromEntries(keyValues.filter(([, v]) => v !== undefined)) as Obj);
      i = list.length - 1;
    }
    const el = list[i] as Obj;
    for (const [name, m] of Object.entries(rule.attributes ?? {})) {
      const v = knownValue(expected, name);
      if (v === undefined) continue;
      if (m.prop === '') {
        // A block of the element's own properties.
        const conv = toProperty(v, m, el, ctx);
        if (isObj(conv)) Object.assign(el, conv);
        continue;
      }
      const conv = toProperty(v, m, getAt(el, m.prop.split('/')), ctx);
      if (conv === undefined || isEmpty(conv)) delete el[m.prop];
      else el[m.prop] = conv;
    }
  }
  const ops: PatchOperation[] = [];
  setProperty(working, segs, list, ops);
  for (const ds of drifted.values()) {
    for (const d of ds) {
      const r = redactDifference(plan.type, d, opts.redaction);
      plan.changes.push({ path: d.path, property: pointer(segs), live: displayValue(r.actual), code: displayValue(r.expected), source: d.source, reason: 'drift', sensitive: !!r.sensitive });
    }
  }
  if (ops.length === 0) {
    plan.status = 'refused';
    plan.reason = `${plan.address}: the live values already equal the code's once converted to the resource model; nothing to send.`;
    return plan;
  }
  plan.status = 'ready';
  plan.patch = ops;
  return plan;
}

function createOnlyReason(name: string, prop: string, cloudType: string): string {
  return `${name} is create-only (${cloudType} property ${prop}): changing it replaces the resource, which a revert never does; run \`terraform apply\` to replace it, or accept the live value into the code.`;
}

/** The plan as text for a modal confirmation: what changes, what does not, and why. */
export function describePlan(plan: RevertPlan): string {
  const where = `${plan.cloudType ?? plan.type}${plan.identifier ? ` ${plan.identifier}` : ''}${plan.region ? ` (${plan.region})` : ''}`;
  const lines: string[] = [];
  if (plan.status === 'ready') {
    lines.push(`Revert ${plan.address} (${where}) to the code? AWS will be changed:`);
    for (const c of plan.changes) {
      lines.push(c.reason === 'drift' ? `  ${c.path}: ${c.live} -> ${c.code}${c.source === 'state' ? ' (from the state)' : ''}` : `  ${c.path}: ${c.code} re-sent (write-only, AWS never returns it)`);
    }
  } else if (plan.reason) lines.push(plan.reason);
  for (const s of [...plan.skipped, ...plan.unknown]) lines.push(`Not reverted: ${s.reason}`);
  return lines.join('\n');
}
