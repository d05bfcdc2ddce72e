// Expected values: per top-level Terraform attribute, the value the configuration asks for where it can be
// evaluated, else the state's value. Nested blocks become lists of objects, as Terraform holds them.

import { readFileSync, statSync } from 'node:fs';
import type { Attribute, Block, Body, Expr } from '../hcl/ast';
import { LineIndex } from '../hcl/lineIndex';
import { evaluate, UNKNOWN, type Val } from '../eval/evaluate';
import { contextFor, refersToSensitive } from '../eval/scope';
import type { JsonValue, Range } from '../scan/types';
import type { ExpectedAttribute, ExpectedContext, ExpectedValues, ResourceInstance } from './api';

/** Meta-arguments and blocks that are not resource attributes. */
const META_ATTRS = new Set(['count', 'for_each', 'provider', 'depends_on']);
const META_BLOCKS = new Set(['lifecycle', 'provisioner', 'connection', 'dynamic', 'timeouts']);

export function expectedValues(instance: ResourceInstance, ctx: ExpectedContext): ExpectedValues {
  const out: ExpectedValues = {};
  const state = instance.stateAttributes;
  const r = instance.resource;
  const mapping = instance.mapping;
  if (!r) {
    // Only the state names it: the state is what Terraform last applied.
    if (!state) return out;
    for (const [k, v] of Object.entries(state)) {
      if (k === 'id' || (k === 'tags_all' && mapping?.tagsAttribute)) continue;
      out[k] = { value: v, source: 'state' };
    }
    if (mapping?.tagsAttribute && state.tags_all !== undefined) out[mapping.tagsAttribute] = { value: state.tags_all, source: 'state' };
    return out;
  }
  const scope = ctx.module && instance.scope ? { ...instance.scope, module: ctx.module } : instance.scope;
  const evalCtx = scope ? contextFor(scope, instance.each, instance.count) : undefined;
  const lines = lineStartsOf(r.file, ctx);
  const range = (start: number, end: number): Range | undefined => (lines ? toRange(lines, start, end) : undefined);
  const evalExpr = (e: Expr): Val => (evalCtx ? evaluate(e, evalCtx) : UNKNOWN);

  const body = r.block.body;
  for (const a of body.attributes) {
    if (META_ATTRS.has(a.name)) continue;
    const v = evalExpr(a.expr);
    const rg = range(a.start, a.end);
    const sensitive = scope ? refersToSensitive(a.expr, scope) : false;
    out[a.name] = withRange(v !== UNKNOWN ? { value: v, source: 'config' } : fallback(state, a.name), rg, r.file, sensitive);
  }
  // Nested blocks, grouped by type: a list of objects each.
  const groups = new Map<string, Block[]>();
  for (const b of body.blocks) {
    if (META_BLOCKS.has(b.type)) continue;
    let g = groups.get(b.type);
    if (!g) groups.set(b.type, (g = []));
    g.push(b);
  }
  const dynamicTypes = new Set(body.blocks.filter((b) => b.type === 'dynamic').map((b) => b.labels[0]));
  for (const [type, blocks] of groups) {
    const rg = range(blocks[0].start, blocks[blocks.length - 1].end);
    if (dynamicTypes.has(type)) {
      out[type] = withRange(fallback(state, type), rg, r.file, false);
      continue;
    }
    const v = blocksValue(blocks, evalExpr);
    out[type] = withRange(v !== UNKNOWN ? { value: v, source: 'config' } : fallback(state, type), rg, r.file, false);
  }
  for (const type of dynamicTypes) {
    if (type && !(type in out)) {
      const d = body.blocks.find((b) => b.type === 'dynamic' && b.labels[0] === type)!;
      out[type] = withRange(fallback(state, type), range(d.start, d.end), r.file, false);
    }
  }

  // Tags: the provider's default_tags merged under the resource's own, as the AWS provider does.
  const tagsAttr = mapping?.tagsAttribute;
  if (tagsAttr && instance.type.startsWith('aws_')) {
    const defaults = ctx.providerDefaultTags ?? providerDefaultTags(instance);
    const own = out[tagsAttr];
    if (defaults === UNKNOWN) {
      // default_tags that cannot be evaluated: the state's tags_all is what was applied.
      if (state?.tags_all !== undefined) out[tagsAttr] = { ...(own ?? {}), value: state.tags_all, source: 'state' };
    } else if (defaults && Object.keys(defaults).length > 0) {
      if (!own) out[tagsAttr] = { value: { ...defaults }, source: 'config' };
      else if (own.source === 'config' && own.value !== null && typeof own.value === 'object' && !Array.isArray(own.value)) {
        out[tagsAttr] = { ...own, value: { ...defaults, ...own.value } };
      } else if (own.source === 'state' && state?.tags_all !== undefined) out[tagsAttr] = { ...own, value: state.tags_all };
    } else if (own && own.source === 'state' && state?.tags_all !== undefined) {
      out[tagsAttr] = { ...own, value: state.tags_all };
    }
  }
  return out;
}

function fallback(state: Record<string, JsonValue> | undefined, name: string): ExpectedAttribute {
  if (state && name in state) return { value: state[name], source: 'state' };
  // Neither the code's value nor a state value is known: nothing to compare against.
  return { value: null, source: 'state', unknown: true };
}

function withRange(e: ExpectedAttribute, range: Range | undefined, file: string, sensitive: boolean): ExpectedAttribute {
  return { ...e, ...(range ? { range } : {}), file, ...(sensitive ? { sensitive: true } : {}) };
}

function blocksValue(blocks: Block[], evalExpr: (e: Expr) => Val): JsonValue[] | typeof UNKNOWN {
  const out: JsonValue[] = [];
  for (const b of blocks) {
    const v = bodyValue(b.body, evalExpr);
    if (v === UNKNOWN) return UNKNOWN;
    out.push(v);
  }
  return out;
}

function bodyValue(body: Body, evalExpr: (e: Expr) => Val): JsonValue | typeof UNKNOWN {
  const o: Record<string, JsonValue> = {};
  for (const a of body.attributes as Attribute[]) {
    const v = evalExpr(a.expr);
    if (v === UNKNOWN) return UNKNOWN;
    o[a.name] = v;
  }
  const groups = new Map<string, Block[]>();
  for (const b of body.blocks) {
    if (b.type === 'dynamic') return UNKNOWN;
    let g = groups.get(b.type);
    if (!g) groups.set(b.type, (g = []));
    g.push(b);
  }
  for (const [type, blocks] of groups) {
    const v = blocksValue(blocks, evalExpr);
    if (v === UNKNOWN) return UNKNOWN;
    o[type] = v;
  }
  return o;
}

/** The provider's default_tags, evaluated; undefined when there are none, UNKNOWN when they cannot be evaluated. */
function providerDefaultTags(instance: ResourceInstance): Record<string, string> | undefined | typeof UNKNOWN {
  const expr = instance.provider?.defaultTags;
  if (!expr) return undefined;
  const scope = instance.providerScope;
  if (!scope) return UNKNOWN;
  const v = evaluate(expr, contextFor(scope));
  if (v === UNKNOWN || v === null || typeof v !== 'object' || Array.isArray(v)) return UNKNOWN;
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(v)) {
    if (x === null) continue;
    if (typeof x === 'object') return UNKNOWN;
    out[k] = String(x);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Ranges

/** Line starts read from disk, keyed by path and invalidated when the file's mtime or size changes. */
const lineCache = new Map<string, { stamp: string; lines: number[] | undefined; checked: number }>();
/** A file's stamp is checked at most this often (a scan asks for the same file once per resource). */
const RECHECK_MS = 1000;

function lineStartsOf(file: string, ctx: ExpectedContext): number[] | undefined {
  const given = ctx.lineStarts?.(file);
  if (given) return given;
  return lineStartsFromDisk(file);
}

export function lineStartsFromDisk(file: string): number[] | undefined {
  const now = Date.now();
  const recent = lineCache.get(file);
  if (recent && now - recent.checked < RECHECK_MS) return recent.lines;
  let stamp: string;
  try {
    const st = statSync(file);
    stamp = `${st.mtimeMs}:${st.size}`;
  } catch {
    return undefined;
  }
  const hit = lineCache.get(file);
  if (hit && hit.stamp === stamp) {
    hit.checked = now;
    return hit.lines;
  }
  let v: number[] | undefined;
  try {
    const text = readFileSync(file, 'utf8');
    v = [0];
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) v.push(i + 1);
  } catch {
    v = undefined;
  }
  if (lineCache.size > 500) lineCache.clear();
  lineCache.set(file, { stamp, lines: v, checked: now });
  return v;
}

export function toRange(lines: number[], start: number, end: number): Range {
  return new LineIndex(lines).rangeOf({ start, end });
}
