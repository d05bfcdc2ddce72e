// "Accept live value into code": the edit that rewrites a drifted attribute's value in the HCL so that the code
// asks for what is live, keeping the file's layout. The value is written where it is a literal: in the resource
// block, in a literal map or list inside it, in the variable's default or in the tfvars file that sets the
// variable (`var.x`), or inside `jsonencode(...)`. Anything else (a local, a function, a reference) is refused
// with the reason.

import { readFileSync } from 'node:fs';
import type { Attribute, Block, Body, Expr } from '../hcl/ast';
import { parse } from '../hcl/parse';
import { literalValue } from '../hcl/values';
import type { ModuleIndex, ResourceInfo } from '../index/model';
import { parsePath } from '../compare/compare';
import { mappingFor } from '../mapping/index';
import type { AttributeMapping } from '../mapping/types';
import { isTfBlock } from '../mapping/tfSchemas';
import type { Difference, JsonValue } from '../scan/types';
import { bodyIndent, deleteItem, insertAtEnd, insertAttributeAfterLast, restOfLineBlank, type Splice } from './body';
import { renderBlock, renderKey, renderValue, type BlockShape } from './render';
import { eolOf, indentAt, indentUnit, makeEdit, onlyBlankBefore, parseCached, withEol } from './text';
import { refuse, type EditResult, type TextEdit } from './types';

export interface AcceptInput {
  /** The resource's config block (its file, type and name are used; the file is parsed afresh). */
  resource: Pick<ResourceInfo, 'file' | 'type' | 'name'>;
  difference: Difference;
  /** The module of the resource, to follow `var.x` to its default or tfvars value. */
  module?: Pick<ModuleIndex, 'variables' | 'tfvars'>;
  /** The current text of a file (an open editor buffer); the file is read from disk when this returns undefined. */
  readText?: (file: string) => string | undefined;
  /**
   * The resource is in a child module (its instance's modulePath is not empty): its variables are set by the
   * module call, not by their default or tfvars, so `var.x` is not followed.
   */
  inChildModule?: boolean;
}

type Seg = string | number;

interface Doc {
  file: string;
  text: string;
  body: Body;
}

/** What a path leads to. */
type Target =
  | { kind: 'replace'; doc: Doc; expr: Expr; actual: JsonValue; via?: string }
  | { kind: 'splices'; doc: Doc; splices: Splice[]; via?: string };

class Refusal extends Error {}
const no = (reason: string): never => {
  throw new Refusal(reason);
};

export function acceptLiveValue(input: AcceptInput): EditResult {
  const d = input.difference;
  if (d.sensitive) return refuse('the value is sensitive: Driftlog does not write it into code, edit it by hand');
  const segs = parsePath(d.path);
  if (segs.length === 0 || typeof segs[0] !== 'string' || segs.includes('*')) return refuse(`cannot follow the path ${d.path}`);
  const read = (file: string): string => {
    const t = input.readText?.(file);
    if (t !== undefined) return t;
    try {
      return readFileSync(file, 'utf8');
    } catch (e) {
      return no(`cannot read ${file}: ${(e as Error).message}`);
    }
  };
  try {
    const doc = openDoc(input.resource.file, read);
    const block = doc.body.blocks.find((b) => b.type === 'resource' && b.labels[0] === input.resource.type && b.labels[1] === input.resource.name);
    if (!block) return refuse(`resource "${input.resource.type}" "${input.resource.name}" is no longer in ${input.resource.file}`);
    const mapping = mappingFor(input.resource.type);
    const ctx: Ctx = { read, input, actual: d.actual, mapping: mapping?.kind === 'table' ? mapping.attributes : undefined };
    const target = inBody(doc, block, segs, ctx);
    const eol = eolOf(target.doc.text);
    let splices: Splice[];
    // The value the path leads to: inside jsonencode(...) the live JSON text is already a document.
    if (target.kind === 'replace') splices = [replaceExpr(target.doc.text, target.expr, target.actual)];
    else splices = target.splices;
    const edits: TextEdit[] = splices.map((s) => makeEdit(target.doc.file, target.doc.text, s.start, s.end, withEol(s.text, eol)));
    // The edit must leave a file that parses: check it (the top-level block it falls in) before offering it.
    const errs = checkParses(target.doc, splices.map((s) => ({ ...s, text: withEol(s.text, eol) })));
    if (errs.length) return refuse(`the edit would not parse (${errs[0].message}): edit it by hand`);
    const expanded = block.body.attributes.some((a) => a.name === 'count' || a.name === 'for_each') && target.doc.file === doc.file && !target.via;
    const where = target.via ? ` (${target.via})` : expanded ? ' (every instance of the block)' : '';
    return { ok: true, title: `Accept live value of ${d.path}${where}`, edits };
  } catch (e) {
    if (e instanceof Refusal) return refuse(e.message);
    throw e;
  }
}

interface Ctx {
  read: (file: string) => string;
  input: AcceptInput;
  actual: JsonValue | undefined;
  /** The table mapping's attributes: which names are nested blocks. */
  mapping?: Record<string, AttributeMapping>;
}

function openDoc(file: string, read: (f: string) => string): Doc {
  if (file.endsWith('.json')) no(`${file} is in JSON syntax: edit it by hand`);
  const text = read(file);
  const p = parseCached(file, text);
  if (p.error) no(`${file} has a syntax error (${p.error}): fix it first`);
  return { file, text, body: p.body };
}

/** Syntax errors after the splices, parsing only the top-level block they fall in when there is one. */
function checkParses(doc: Doc, splices: Splice[]): Array<{ message: string }> {
  const lo = Math.min(...splices.map((s) => s.start));
  const hi = Math.max(...splices.map((s) => s.end));
  const block = doc.body.blocks.find((b) => b.start < lo && hi < b.end);
  if (!block) return parse(applySplices(doc.text, splices)).errors;
  const shifted = splices.map((s) => ({ start: s.start - block.start, end: s.end - block.start, text: s.text }));
  return parse(applySplices(doc.text.slice(block.start, block.end), shifted)).errors;
}

function lastAttr(body: Body, name: string): Attribute | undefined {
  let found: Attribute | undefined;
  for (const a of body.attributes) if (a.name === name) found = a;
  return found;
}

/** The nested-block shape of a mapped attribute (keys written as blocks). */
/** The attributes of a nested block: the mapping's items, else the block's arguments in the provider schema. */
function itemsOf(m: AttributeMapping | undefined): Record<string, AttributeMapping> | undefined {
  if (m?.items) return m.items;
  if (isTfBlock(m?.tf)) return Object.fromEntries(Object.entries(m.tf.B).map(([k, t]) => [k, { prop: k, tf: t }]));
  return undefined;
}

/** True when the attribute is written as nested blocks. */
function isBlock(m: AttributeMapping | undefined): boolean {
  return (!!m?.items && m.transform !== 'sgRules') || isTfBlock(m?.tf);
}

function shapeOf(m: AttributeMapping | undefined): BlockShape {
  const out: BlockShape = {};
  for (const [k, im] of Object.entries(itemsOf(m) ?? {})) if (isBlock(im)) out[k] = shapeOf(im);
  return out;
}

function inBody(doc: Doc, block: Block, segs: Seg[], ctx: Ctx, mapping = ctx.mapping): Target {
  const { text } = doc;
  const body = block.body;
  const name = segs[0];
  if (typeof name !== 'string') return no(`a block has no element ${name}`);
  const rest = segs.slice(1);
  const a = lastAttr(body, name);
  const m = mapping?.[name];
  if (a) {
    if (rest.length === 0 && ctx.actual === undefined) return { kind: 'splices', doc, splices: [deleteItem(text, a)] };
    return inExpr(doc, a.expr, rest, ctx, `${name}`);
  }
  if (body.blocks.some((b) => b.type === 'dynamic' && b.labels[0] === name)) return no(`${name} comes from a dynamic block: edit it by hand`);
  const blocks = body.blocks.filter((b) => b.type === name);
  const unit = indentUnit(text);
  const indent = bodyIndent(text, block, body);
  if (blocks.length > 0) {
    const shape = shapeOf(m);
    if (rest.length === 0) {
      // The whole list of blocks: rewrite them all.
      let list = ctx.actual === undefined || ctx.actual === null ? [] : Array.isArray(ctx.actual) ? ctx.actual : [ctx.actual];
      if (m?.transform === 'sgRules') list = list.map(tidyRule);
      if (!list.every(isObj)) return no(`the live value of ${name} is not a list of objects`);
      const first = blocks[0];
      const last = blocks[blocks.length - 1];
      if (!onlyBlankBefore(text, first.start) || !restOfLineBlank(text, last.end)) return no(`the ${name} blocks share lines with other code: edit them by hand`);
      const inside = (x: { start: number; end: number }) => x.start > first.start && x.end < last.end;
      if (body.attributes.some(inside) || body.blocks.some((b) => b.type !== name && inside(b))) return no(`other code stands between the ${name} blocks: edit them by hand`);
      if (list.length === 0) return { kind: 'splices', doc, splices: [deleteItem(text, { start: first.start, end: last.end })] };
      const bi = indentAt(text, first.start);
      const rendered = list.map((o) => renderBlock(name, [], o as Record<string, JsonValue>, bi, unit, shape).join('\n')).join(blockSeparator(text, blocks));
      return { kind: 'splices', doc, splices: [{ start: first.start, end: last.end, text: rendered.slice(bi.length) }] };
    }
    const i = rest[0];
    if (typeof i !== 'number') return no(`${name} is a block: expected an index after it in ${ctx.input.difference.path}`);
    if (i < blocks.length) {
      if (rest.length === 1) {
        if (ctx.actual === undefined) return { kind: 'splices', doc, splices: [deleteItem(text, blocks[i])] };
        if (!isObj(ctx.actual)) return no(`the live value of ${name}[${i}] is not an object`);
        const b = blocks[i];
        const bi = indentAt(text, b.start);
        return { kind: 'splices', doc, splices: [{ start: b.start, end: b.end, text: renderBlock(name, [], ctx.actual, bi, unit, shape).join('\n').slice(bi.length) }] };
      }
      return inBody(doc, blocks[i], rest.slice(1), ctx, itemsOf(m));
    }
    if (i === blocks.length && rest.length === 1 && isObj(ctx.actual)) {
      // One more block, after the last one.
      const last = blocks[blocks.length - 1];
      const bi = indentAt(text, last.start);
      const lines = renderBlock(name, [], ctx.actual, bi, unit, shape).join('\n');
      return { kind: 'splices', doc, splices: [{ start: last.end, end: last.end, text: blockSeparator(text, blocks) + lines }] };
    }
    return no(`${name} has ${blocks.length} block(s): no element ${i}`);
  }
  // The code does not set it: add it.
  if (ctx.actual === undefined || ctx.actual === null) return no(`${ctx.input.difference.path} is set neither in code nor live`);
  let value: JsonValue = ctx.actual;
  // `block[0].attr` of a nested block the code does not have: a new block with that attribute.
  const inNewBlock = isBlock(m) && rest[0] === 0;
  for (let k = rest.length - 1; k >= (inNewBlock ? 1 : 0); k--) {
    const s = rest[k];
    if (typeof s !== 'string') return no(`${name} is not set in code: cannot add element ${s} alone`);
    value = { [s]: value };
  }
  if (isBlock(m) && (Array.isArray(value) || isObj(value))) {
    const list = Array.isArray(value) ? value : [value];
    if (list.every(isObj)) {
      const lines = list.map((o) => renderBlock(name, [], o as Record<string, JsonValue>, indent, unit, shapeOf(m)).join('\n')).join('\n\n');
      return { kind: 'splices', doc, splices: [insertAtEnd(text, block, lines, true)] };
    }
  }
  const rendered = renderValue(value, { indent, unit });
  const after = insertAttributeAfterLast(text, body, indent, renderKey(name), rendered);
  if (after) return { kind: 'splices', doc, splices: after };
  return { kind: 'splices', doc, splices: [insertAtEnd(text, block, `${indent}${renderKey(name)} = ${rendered}`, false)] };
}

/** What stands between consecutive blocks of a type: a blank line, unless the file writes them without one. */
function blockSeparator(text: string, blocks: Block[]): string {
  if (blocks.length > 1 && !/\n[ \t]*\r?\n/.test(text.slice(blocks[0].end, blocks[1].start))) return '\n';
  return '\n\n';
}

/** Describes an expression Driftlog cannot write into. */
function describe(doc: Doc, e: Expr): string {
  const src = doc.text.slice(e.start, e.end);
  const short = src.length > 40 ? src.slice(0, 37) + '...' : src;
  switch (e.kind) {
    case 'traversal':
      return `the value comes from ${short}, an expression: edit it by hand`;
    case 'call':
      return `the value comes from a call to ${e.name}(): edit it by hand`;
    case 'template':
      return `the value is a template with interpolations (${short}): edit it by hand`;
    default:
      return `the value comes from an expression (${short}): edit it by hand`;
  }
}

function inExpr(doc: Doc, e: Expr, segs: Seg[], ctx: Ctx, where: string, via?: string): Target {
  if (e.kind === 'paren') return inExpr(doc, e.inner, segs, ctx, where, via);
  if (e.kind === 'template' && !e.heredoc && e.parts.length === 1 && e.parts[0].kind === 'interp') return inExpr(doc, e.parts[0].expr, segs, ctx, where, via);
  if (e.kind === 'traversal' && e.root === 'var' && e.steps.length >= 1 && e.steps[0].kind === 'attr') {
    // Follow var.x to the place that sets it; further steps of the traversal are path segments.
    const extra: Seg[] = [];
    for (const s of e.steps.slice(1)) {
      if (s.kind === 'attr') extra.push(s.name);
      else if (s.kind === 'index' && s.key.kind === 'literal' && (typeof s.key.value === 'string' || typeof s.key.value === 'number')) extra.push(s.key.value);
      else return no(describe(doc, e));
    }
    return inVariable(e.steps[0].name, [...extra, ...segs], ctx);
  }
  if (e.kind === 'call' && e.name === 'jsonencode' && e.args.length === 1 && segs.length === 0) {
    // jsonencode({...}): write the live document as HCL inside the call.
    let doc2 = ctx.actual;
    if (typeof doc2 === 'string') {
      try {
        doc2 = JSON.parse(doc2) as JsonValue;
      } catch {
        return no('the live value is not JSON: edit it by hand');
      }
    }
    return inExpr(doc, e.args[0], [], { ...ctx, actual: doc2 }, where, via);
  }
  if (segs.length === 0) {
    if (literalValue(e) === undefined && !(e.kind === 'object' || e.kind === 'tuple')) return no(describe(doc, e));
    if ((e.kind === 'object' || e.kind === 'tuple') && literalValue(e) === undefined) return no(`${where} holds expressions: edit it by hand`);
    if (ctx.actual === undefined) return no(`${where} has no live value`);
    return { kind: 'replace', doc, expr: e, actual: ctx.actual, ...(via ? { via } : {}) };
  }
  const [s, ...rest] = segs;
  if (e.kind === 'object') {
    if (typeof s !== 'string' && typeof s !== 'number') return no(`cannot follow ${ctx.input.difference.path}`);
    const key = String(s);
    let item: (typeof e.items)[number] | undefined;
    for (const it of e.items) {
      const k = literalValue(it.key);
      if (k === undefined) {
        if (it.key.kind === 'traversal' && it.key.steps.length === 0 && it.key.root === key) item = it;
        continue;
      }
      if (String(k) === key) item = it;
    }
    if (item) {
      if (rest.length === 0 && ctx.actual === undefined) return { kind: 'splices', doc, splices: [deleteItem(doc.text, item)], ...(via ? { via } : {}) };
      return inExpr(doc, item.value, rest, ctx, `${where}.${key}`, via);
    }
    if (ctx.actual === undefined) return no(`${where}.${key} is not in the code`);
    let value: JsonValue = ctx.actual;
    for (let k = rest.length - 1; k >= 0; k--) {
      const r = rest[k];
      if (typeof r !== 'string') return no(`cannot add element ${r} alone`);
      value = { [r]: value };
    }
    return { kind: 'splices', doc, splices: insertObjectItem(doc.text, e, renderKey(key), value), ...(via ? { via } : {}) };
  }
  if (e.kind === 'tuple') {
    if (typeof s !== 'number') return no(`${where} is a list: expected an index in ${ctx.input.difference.path}`);
    if (s < e.items.length) {
      if (rest.length === 0 && ctx.actual === undefined) return { kind: 'splices', doc, splices: [deleteItem(doc.text, e.items[s])], ...(via ? { via } : {}) };
      return inExpr(doc, e.items[s], rest, ctx, `${where}[${s}]`, via);
    }
    return no(`${where} has no element ${s} in the code`);
  }
  return no(describe(doc, e));
}

function inVariable(name: string, segs: Seg[], ctx: Ctx): Target {
  if (ctx.input.inChildModule) return no(`the value comes from var.${name}, which the module call sets: edit it there`);
  const mod = ctx.input.module;
  if (!mod) return no(`the value comes from var.${name}: its module is not known, edit it by hand`);
  const tv = mod.tfvars.get(name);
  if (tv) {
    const doc = openDoc(tv.file, ctx.read);
    const a = lastAttr(doc.body, name);
    if (!a) return no(`var.${name} is no longer set in ${tv.file}`);
    return inExpr(doc, a.expr, segs, ctx, `var.${name}`, `var.${name} in ${baseName(tv.file)}`);
  }
  const v = mod.variables.get(name);
  if (!v) return no(`var.${name} is not declared`);
  const doc = openDoc(v.file, ctx.read);
  const vb = doc.body.blocks.find((b) => b.type === 'variable' && b.labels[0] === name);
  if (!vb) return no(`variable "${name}" is no longer in ${v.file}`);
  const def = lastAttr(vb.body, 'default');
  if (!def) return no(`var.${name} has no default and no tfvars value: set it where you pass it`);
  return inExpr(doc, def.expr, segs, ctx, `var.${name}`, `default of var.${name}`);
}

function baseName(p: string): string {
  return p.slice(Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\')) + 1);
}

const isObj = (v: unknown): v is Record<string, JsonValue> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A scalar of the live value, in the type of the old literal (`true` for "true", 5 for "5", "5" for 5). */
function coerceLike(old: unknown, v: JsonValue): JsonValue {
  if (typeof old === 'boolean' && (v === 'true' || v === 'false')) return v === 'true';
  if (typeof old === 'number' && typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) return Number(v);
  if (typeof old === 'string' && (typeof v === 'number' || typeof v === 'boolean')) return String(v);
  return v;
}

const PROTOCOL_NAMES: Record<string, string> = { '6': 'tcp', '17': 'udp', '1': 'icmp', '58': 'icmpv6' };

/** A security group rule as people write it: protocol names, no empty lists or descriptions. */
function tidyRule(r: JsonValue): JsonValue {
  if (!isObj(r)) return r;
  const out: Record<string, JsonValue> = {};
  for (const [k, v] of Object.entries(r)) {
    if (v === '' || v === null || (Array.isArray(v) && v.length === 0)) continue;
    out[k] = k === 'protocol' && typeof v === 'string' && PROTOCOL_NAMES[v] ? PROTOCOL_NAMES[v] : v;
  }
  return out;
}

function isJsonDocument(s: string): boolean {
  const t = s.trim();
  if (!(t.startsWith('{') || t.startsWith('['))) return false;
  try {
    JSON.parse(t);
    return true;
  } catch {
    return false;
  }
}

/** The replacement of a literal expression by the live value, in the style of the old one. */
function replaceExpr(text: string, e: Expr, actual: JsonValue): Splice {
  const src = text.slice(e.start, e.end);
  const old = literalValue(e);
  let v = coerceLike(old, actual);
  const crlf = eolOf(text) === '\r\n';
  const hd = /^<<(-?)([A-Za-z_][A-Za-z0-9_-]*)/.exec(src);
  // A JSON document held in a string (a policy) stays a string.
  const jsonString = typeof old === 'string' && v !== null && typeof v === 'object' && isJsonDocument(old);
  if (jsonString) v = hd ? JSON.stringify(v, null, 2) + '\n' : JSON.stringify(v);
  const indent = indentAt(text, e.start);
  const unit = indentUnit(text);
  // In a CRLF file a heredoc's lines end with CR LF, so only a JSON document (where that does not matter) keeps one.
  const heredoc = hd && (!crlf || jsonString) ? { marker: hd[2], indented: hd[1] === '-' } : undefined;
  const rendered = renderValue(v, { indent, unit, ...(heredoc ? { heredoc } : {}), preferInline: !src.includes('\n') });
  return { start: e.start, end: e.end, text: rendered };
}

/** Adds `key = value` to a literal object, on its own line when the object is multi-line. */
function insertObjectItem(text: string, o: Expr & { kind: 'object' }, key: string, value: JsonValue): Splice[] {
  const close = o.end - 1;
  const unit = indentUnit(text);
  const multiline = text.slice(o.start, o.end).includes('\n');
  if (multiline) {
    const first = o.items[0];
    const indent = first && onlyBlankBefore(text, first.start) ? indentAt(text, first.start) : indentAt(text, o.start) + unit;
    const rendered = renderValue(value, { indent, unit });
    // Align with the items above when they are aligned.
    const fake: Body = { start: o.start + 1, end: close, blocks: [], attributes: o.items.map((it) => ({ name: text.slice(it.key.start, it.key.end), nameSpan: { start: it.key.start, end: it.key.end }, expr: it.value, start: it.start, end: it.end })) };
    const ins = insertAttributeAfterLast(text, fake, indent, key, rendered);
    if (ins && !/^[ \t]*,/.test(text.slice(o.items[o.items.length - 1].end))) return ins;
    if (onlyBlankBefore(text, close)) {
      const at = text.lastIndexOf('\n', close) + 1;
      return [{ start: at, end: at, text: `${indent}${key} = ${rendered}\n` }];
    }
  }
  const rendered = renderValue(value, { indent: indentAt(text, o.start), unit, preferInline: true });
  if (o.items.length === 0) return [{ start: o.start, end: o.end, text: `{ ${key} = ${rendered} }` }];
  const last = o.items[o.items.length - 1];
  return [{ start: last.end, end: last.end, text: `, ${key} = ${rendered}` }];
}

function applySplices(text: string, splices: Splice[]): string {
  let out = text;
  for (const s of [...splices].sort((a, b) => b.start - a.start)) out = out.slice(0, s.start) + s.text + out.slice(s.end);
  return out;
}
