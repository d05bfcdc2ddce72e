// Values compared, and converted both ways, as the CloudFormation schema shapes them (mapping/shapes.ts), for the
// attributes a mapping does not describe by hand: awscc attributes, and aws_* attributes whose property has the
// same name.
//
// - Objects: property by property, Terraform's snake_case names against the schema's names; only what the code
//   (or state) sets is compared, so live properties the code leaves alone are not drift.
// - Terraform nested blocks are lists of objects (`network_configuration[0].subnets`); an object property is the
//   block's one element. awscc nested attributes are plain objects (`versioning_configuration.status`).
// - Lists: unordered where the schema says insertionOrder false or Terraform holds a set, else in order.
// - Maps: key by key, both ways (a key only live is drift: an environment variable added by hand).
// - JSON documents (the schema's untyped objects, and strings holding JSON on both sides): as documents.
// - Tags as `[{Key, Value}]` against a Terraform map; AWS-reserved `aws:` tags ignored.
// - Scalars: numbers alike to numeric strings, booleans to "true"/"false"; false alike to absent.

import type { Difference, JsonValue } from '../scan/types';
import { propertyFor, snakeCase } from '../mapping/naming';
export { propertyFor };
import { isArrayShape, isMapShape, isObjectShape, type Shape, type TypeShapes } from '../mapping/shapes';
import { isTfBlock, isTfSet, tfElement, type TfKind } from '../mapping/tfSchemas';

type Obj = Record<string, JsonValue>;
type Found = Omit<Difference, 'source'>;
export const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

export interface ShapeContext {
  shapes: TypeShapes;
  /** Property path patterns (`A/*\/B`) never compared: write-only and read-only properties. */
  skip: string[];
  /** True for the aws provider, whose nested blocks are lists of objects; false for awscc (plain objects). */
  blocks: boolean;
}

export function isEmpty(v: JsonValue | undefined): boolean {
  return v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0) || (isObj(v) && Object.keys(v).length === 0);
}

export function joinPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  if (base === '') return key;
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) ? `${base}.${key}` : `${base}[${JSON.stringify(key)}]`;
}

/** True when a property path falls under one of the patterns (`A/*\/B`, prefixes included). */
export function coveredBy(prop: string, patterns: string[]): boolean {
  const segs = prop.split('/');
  return patterns.some((p) => {
    const ps = p.replace(/^\/?properties\//, '').split('/');
    return ps.length <= segs.length && ps.every((s, i) => s === '*' || s === segs[i] || segs[i] === '*');
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Scalars and documents

function toNum(x: JsonValue | undefined): number | undefined {
  if (typeof x === 'number') return x;
  if (typeof x === 'string' && x.trim() !== '' && !Number.isNaN(Number(x))) return Number(x);
  return undefined;
}

function toBool(x: JsonValue | undefined): boolean | undefined {
  return typeof x === 'boolean' ? x : x === 'true' ? true : x === 'false' ? false : undefined;
}

function parseDoc(v: JsonValue | undefined): JsonValue | undefined {
  if (typeof v !== 'string') return v;
  const t = v.trim();
  if (!(t.startsWith('{') || t.startsWith('['))) return undefined;
  try {
    return JSON.parse(t) as JsonValue;
  } catch {
    return undefined;
  }
}

/** Two scalars alike: equal, a number and its numeric string, a boolean and "true"/"false", two JSON texts alike. */
export function scalarAlike(a: JsonValue | undefined, b: JsonValue | undefined, docEqual: (x: JsonValue, y: JsonValue) => boolean): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a === null || b === null) return false;
  if (typeof a === 'string' && typeof b === 'string') {
    const da = parseDoc(a);
    const db = parseDoc(b);
    return da !== undefined && db !== undefined && docEqual(da, db);
  }
  const na = toNum(a);
  const nb = toNum(b);
  if (na !== undefined && nb !== undefined && (typeof a === 'number' || typeof b === 'number')) return na === nb;
  const ba = toBool(a);
  const bb = toBool(b);
  if (ba !== undefined && bb !== undefined && (typeof a === 'boolean' || typeof b === 'boolean')) return ba === bb;
  return false;
}

// ---------------------------------------------------------------------------------------------------------------
// Comparison

export interface Comparer {
  /** Document equality (IAM policy equivalences included). */
  docEqual: (a: JsonValue, b: JsonValue) => boolean;
}

/**
 * Differences between a Terraform-shaped expected value and a live property, guided by the property's shape and the
 * attribute's Terraform kind. `cfnPath` is the property's path (for the write-only / read-only patterns).
 */
export function diffShaped(
  path: string,
  cfnPath: string,
  exp: JsonValue | undefined,
  act: JsonValue | undefined,
  shape: Shape | undefined,
  tf: TfKind | undefined,
  ctx: ShapeContext,
  cmp: Comparer,
  out: Found[],
): void {
  if (exp === undefined || exp === null) return;
  if (coveredBy(cfnPath, ctx.skip)) return;
  const s = ctx.shapes.resolve(shape);
  const push = () => out.push(difference(path, exp, act === undefined ? undefined : liveAsTerraform(act, s, tf, ctx, exp)));

  if (isEmpty(exp) && isEmpty(act)) return;
  if (s === 'j' || ((s === undefined || s === '?') && (isObj(exp) || typeof exp === 'string') && (isObj(act) || Array.isArray(act)))) {
    let e = parseDoc(exp) ?? exp;
    const a = parseDoc(act) ?? act;
    // A Terraform block (a one-element list of objects) where the document holds an object: `none {}` is `None: {}`.
    if (ctx.blocks && Array.isArray(e) && e.length === 1 && isObj(e[0]) && (isObj(a) || a === undefined)) e = blockAsDocument(e[0], a, cmp);
    if (a === undefined || !cmp.docEqual(e, a)) out.push(difference(path, e, a));
    return;
  }
  if (typeof exp === 'string' && (isArrayShape(s) || isObjectShape(s) || isMapShape(s))) {
    // A JSON text (jsonencode) where the schema has a structure (ECS container definitions): compared as the document,
    // whose keys are the schema's (in any case), not Terraform blocks.
    const doc = parseDoc(exp);
    if (doc !== undefined) {
      diffShaped(path, cfnPath, doc, act, s, undefined, { ...ctx, blocks: false }, cmp, out);
      return;
    }
  }
  if (ctx.shapes.isTagList(s) && isObj(exp)) {
    diffMap(path, cfnPath, exp, tagListToMap(act), 's', undefined, ctx, cmp, out);
    return;
  }
  if (isObjectShape(s)) {
    let e: JsonValue = exp;
    let blockPath = false;
    if (Array.isArray(exp)) {
      if (exp.length !== 1 || !isObj(exp[0])) {
        if (!(exp.length === 0 && isEmpty(act))) push();
        return;
      }
      e = exp[0];
      blockPath = true;
    }
    if (typeof e === 'string') {
      // A JSON text against a typed object (a policy document declared property by property).
      const doc = parseDoc(e);
      if (doc !== undefined && !cmp.docEqual(doc, act ?? null)) out.push(difference(path, doc, act));
      else if (doc === undefined && !isEmpty(act)) push();
      return;
    }
    if (!isObj(e)) {
      push();
      return;
    }
    if (!isObj(act) && Object.values(e).every((v) => v === null)) {
      // An empty block is there for its presence (`allow {}`): absent live, it is gone.
      if (act === undefined || act === null) out.push({ path, expected: exp, actual: undefined, kind: 'removed' });
      return;
    }
    const a = isObj(act) ? act : {};
    const tfArgs = isTfBlock(tf) ? tf.B : undefined;
    for (const [k, v] of Object.entries(e)) {
      if (v === null) continue;
      const key = propertyFor(k, s.o);
      if (key === undefined) continue;
      const sub = blockPath ? `${joinPath(path, 0)}.${k}` : joinPath(path, k);
      diffShaped(sub, `${cfnPath}/${key}`, v, a[key], s.o[key], tfArgs?.[k], ctx, cmp, out);
    }
    return;
  }
  if (isMapShape(s)) {
    if (!isObj(exp)) {
      if (!mapAlike(exp, act, cmp)) push();
      return;
    }
    diffMap(path, cfnPath, exp, isObj(act) ? act : undefined, s.m, tfElement(tf), ctx, cmp, out);
    return;
  }
  if (isArrayShape(s)) {
    const item = ctx.shapes.resolve(s.a);
    const list = Array.isArray(exp) ? exp : [exp];
    let live = Array.isArray(act) ? act : act === undefined || act === null ? [] : [act];
    // Tags AWS reserves (aws:cloudformation:stack-name ...) are nobody's code.
    if (ctx.shapes.isTagList(s)) live = live.filter((t) => !(isObj(t) && typeof t.Key === 'string' && t.Key.startsWith('aws:')));
    const unordered = s.u === 1 || isTfSet(tf);
    const itemTf = isTfBlock(tf) ? ({ B: tf.B } as TfKind) : tfElement(tf);
    if (!unordered && isObjectShape(item) && list.every(isObj)) {
      // In order, element by element, so a difference names its element.
      for (let i = 0; i < list.length; i++) {
        if (i >= live.length) {
          out.push({ path: joinPath(path, i), expected: list[i], actual: undefined, kind: 'removed' });
          continue;
        }
        const e = list[i] as Obj;
        const a = isObj(live[i]) ? (live[i] as Obj) : {};
        const tfArgs = isTfBlock(itemTf) ? itemTf.B : undefined;
        for (const [k, v] of Object.entries(e)) {
          if (v === null) continue;
          const key = propertyFor(k, item.o);
          if (key === undefined) continue;
          diffShaped(`${joinPath(path, i)}.${k}`, `${cfnPath}/*/${key}`, v, a[key], item.o[key], tfArgs?.[k], ctx, cmp, out);
        }
      }
      for (let i = list.length; i < live.length; i++) out.push({ path: joinPath(path, i), expected: undefined, actual: liveAsTerraform(live[i], item, itemTf, ctx), kind: 'added' });
      return;
    }
    const eq = (x: JsonValue, y: JsonValue) => {
      const tmp: Found[] = [];
      diffShaped('', `${cfnPath}/*`, x, y, item, itemTf, ctx, cmp, tmp);
      return tmp.length === 0;
    };
    const same = unordered ? multisetEqual(list, live, eq) : list.length === live.length && list.every((x, i) => eq(x, live[i]));
    if (!same) {
      // One Terraform value against a list (an instance profile's role): the difference in Terraform's shape.
      if (!Array.isArray(exp) && (tf === 's' || tf === 'n' || tf === 'b')) out.push(difference(path, exp, live.length === 1 ? liveAsTerraform(live[0], item, undefined, ctx) : act === undefined ? undefined : liveAsTerraform(act, s, tf, ctx)));
      else push();
    }
    return;
  }
  // Scalars.
  if (act === undefined || act === null || act === '') {
    if (exp === false) return;
  }
  if (!scalarAlike(exp, act, cmp.docEqual)) push();
}

/**
 * A Terraform block's value as the document the schema leaves untyped: nested blocks (one-element lists of objects)
 * unwrapped where the live document holds an object, and keys spelled as the live document spells them.
 */
function blockAsDocument(block: Obj, live: JsonValue | undefined, cmp: Comparer): Obj {
  const out: Obj = {};
  const l = isObj(live) ? live : {};
  for (const [k, v] of Object.entries(block)) {
    if (v === null) continue;
    const key = propertyFor(k, l) ?? (Object.keys(l).length ? k : pascal(k));
    const lv = l[key];
    if (Array.isArray(v) && v.length === 1 && isObj(v[0]) && !Array.isArray(lv)) out[key] = blockAsDocument(v[0], lv, cmp);
    else out[key] = v;
  }
  return out;
}

const pascal = (k: string) => k.split('_').filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join('');

function diffMap(path: string, cfnPath: string, exp: Obj, act: Obj | undefined, item: Shape, tf: TfKind | undefined, ctx: ShapeContext, cmp: Comparer, out: Found[]): void {
  const a = act ?? {};
  for (const [k, v] of Object.entries(exp)) {
    if (v === null) continue;
    if (a[k] === undefined || a[k] === null) out.push({ path: joinPath(path, k), expected: v, actual: undefined, kind: 'removed' });
    else diffShaped(joinPath(path, k), `${cfnPath}/${k}`, v, a[k], item, tf, ctx, cmp, out);
  }
  for (const [k, v] of Object.entries(a)) {
    if ((exp[k] === undefined || exp[k] === null) && v !== null && v !== undefined) out.push({ path: joinPath(path, k), expected: undefined, actual: liveAsTerraform(v, ctx.shapes.resolve(item), tf, ctx), kind: 'added' });
  }
}

function mapAlike(exp: JsonValue, act: JsonValue | undefined, cmp: Comparer): boolean {
  const e = parseDoc(exp);
  return e !== undefined && act !== undefined && cmp.docEqual(e, act);
}

function tagListToMap(v: JsonValue | undefined): Obj | undefined {
  if (!Array.isArray(v)) return isObj(v) ? v : undefined;
  const out: Obj = {};
  for (const t of v) if (isObj(t) && typeof t.Key === 'string' && !t.Key.startsWith('aws:')) out[t.Key] = t.Value ?? null;
  return out;
}

export function multisetEqual<T>(a: T[], b: T[], eq: (x: T, y: T) => boolean): boolean {
  if (a.length !== b.length) return false;
  const used = new Array<boolean>(b.length).fill(false);
  for (const x of a) {
    const i = b.findIndex((y, j) => !used[j] && eq(x, y));
    if (i < 0) return false;
    used[i] = true;
  }
  return true;
}

export function difference(path: string, exp: JsonValue | undefined, act: JsonValue | undefined): Found {
  const kind = isEmpty(exp) ? 'added' : isEmpty(act) ? 'removed' : 'changed';
  return { path, expected: isEmpty(exp) ? undefined : exp, actual: isEmpty(act) ? undefined : act, kind };
}

// ---------------------------------------------------------------------------------------------------------------
// Conversions

/**
 * A live value in Terraform's shape, to show it and to write it into the code (accept, import): schema names to
 * snake_case, a tag list to a map, a JSON text to its document, and an object to a one-element list where Terraform
 * holds a nested block (`hint`: the code's value, when there is one, says which).
 */
export function liveAsTerraform(v: JsonValue, shape: Shape | undefined, tf: TfKind | undefined, ctx: ShapeContext, hint?: JsonValue, element = false): JsonValue {
  const s = ctx.shapes.resolve(shape);
  if (s === 'j') return parseDoc(v) ?? v;
  // A tag list is a Terraform map, unless the provider holds it as blocks (aws_autoscaling_group's `tag`).
  if (ctx.shapes.isTagList(s) && Array.isArray(v) && !Array.isArray(hint) && !isTfBlock(tf)) return tagListToMap(v) ?? v;
  if (isObjectShape(s) && isObj(v)) {
    const tfArgs = isTfBlock(tf) ? tf.B : undefined;
    const o: Obj = {};
    for (const [k, x] of Object.entries(v)) {
      // With the provider's block known, only its arguments, by their names there (ipv6, not ipv_6); properties
      // the provider does not have are left out.
      const name = tfArgs ? Object.keys(tfArgs).find((a) => propertyFor(a, { [k]: true }) === k) : snakeCase(k);
      if (name === undefined) continue;
      o[name] = liveAsTerraform(x, s.o[k], tfArgs?.[name], ctx);
    }
    const asBlock = !element && ctx.blocks && (isTfBlock(tf) || (tf === undefined && Array.isArray(hint)));
    return asBlock ? [o] : o;
  }
  if (isMapShape(s) && isObj(v)) {
    const o: Obj = {};
    for (const [k, x] of Object.entries(v)) o[k] = liveAsTerraform(x, s.m, tfElement(tf), ctx);
    return o;
  }
  if (isArrayShape(s) && Array.isArray(v)) {
    const itemTf = isTfBlock(tf) ? ({ B: tf.B } as TfKind) : tfElement(tf);
    const item = ctx.shapes.resolve(s.a);
    return v.map((x) => liveAsTerraform(x, item, itemTf, ctx, undefined, true));
  }
  return v;
}

/**
 * A Terraform value in the property's shape, to write it to AWS (revert): snake_case names to the schema's names,
 * a one-element block list to its object, a map to a tag list, a JSON text to a document where the schema holds one,
 * numbers and booleans to the type the schema (or the live value) has. `live` is merged into objects so that
 * properties the code does not manage are kept.
 */
export function terraformAsLive(v: JsonValue, shape: Shape | undefined, ctx: ShapeContext, live?: JsonValue): JsonValue | undefined {
  const s = ctx.shapes.resolve(shape);
  if (v === null) return undefined;
  if (s === 'j') return typeof v === 'string' ? (parseDoc(v) ?? v) : v;
  if (ctx.shapes.isTagList(s) && isObj(v)) {
    const kept = Array.isArray(live) ? live.filter((t) => isObj(t) && typeof t.Key === 'string' && t.Key.startsWith('aws:')) : [];
    return [...Object.entries(v).filter(([, x]) => x !== null).map(([k, x]) => ({ Key: k, Value: typeof x === 'string' ? x : JSON.stringify(x) })), ...kept];
  }
  if (isObjectShape(s)) {
    let e: JsonValue = v;
    if (Array.isArray(e)) {
      if (e.length === 0) return undefined;
      e = e[0];
    }
    if (typeof e === 'string') return parseDoc(e) ?? e;
    if (!isObj(e)) return e;
    const out: Obj = isObj(live) ? structuredClone(live) : {};
    for (const [k, x] of Object.entries(e)) {
      const key = propertyFor(k, s.o);
      if (key === undefined) continue;
      const conv = x === null ? undefined : terraformAsLive(x, s.o[key], ctx, isObj(live) ? live[key] : undefined);
      if (conv === undefined || isEmpty(conv)) delete out[key];
      else out[key] = conv;
    }
    return out;
  }
  if (isMapShape(s) && isObj(v)) {
    const out: Obj = {};
    for (const [k, x] of Object.entries(v)) {
      const conv = x === null ? undefined : terraformAsLive(x, s.m, ctx, isObj(live) ? live[k] : undefined);
      if (conv !== undefined) out[k] = conv;
    }
    return out;
  }
  if (isArrayShape(s)) {
    const list = Array.isArray(v) ? v : [v];
    return list.map((x) => terraformAsLive(x, s.a, ctx)).filter((x): x is JsonValue => x !== undefined);
  }
  if (s === 'i' || s === 'n') {
    const n = toNum(v);
    return n === undefined ? v : n;
  }
  if (s === 'b') {
    const b = toBool(v);
    return b === undefined ? v : b;
  }
  if (s === 's' && (typeof v === 'number' || typeof v === 'boolean')) return String(v);
  return v;
}
