// `.tf.json` files (HCL's JSON syntax), mapped to the same AST as native syntax, following Terraform's JSON
// rules: the top-level object's properties are block types; a block type's labels are nested object keys
// (`resource` and `data` have two, `module`, `provider`, `variable`, `output`, `check` one, the others none); a
// block's body is an object (or an array of objects for repeated blocks); strings are templates (`"${var.x}"`);
// a property named "//" is a comment and is ignored.
//
// Without provider schemas, a nested property is a block only for Terraform's own nested blocks (lifecycle,
// dynamic/content, provisioner, connection, backend, required_providers, ...) and the AWS provider's settings
// blocks; any other object value is an attribute holding an object.
//
// Spans: a block spans from its last label's key (or its type's key when it has no labels) to the end of its
// body object; its header is that key; typeSpan and labelSpans are the keys of the enclosing properties.
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { Attribute, Block, Body, Expr, ObjectItem, ParsedFile, Span, SyntaxError } from './ast';
import { parseTemplateString } from './parse';

const TOP_LABELS: Record<string, number> = {
  resource: 2,
  data: 2,
  module: 1,
  provider: 1,
  variable: 1,
  output: 1,
  check: 1,
  locals: 0,
  terraform: 0,
  moved: 0,
  import: 0,
  removed: 0,
};

/** Nested properties that are blocks, with their number of labels. */
const NESTED_BLOCKS: Record<string, number> = {
  lifecycle: 0,
  dynamic: 1,
  content: 0,
  provisioner: 1,
  connection: 0,
  backend: 1,
  cloud: 0,
  required_providers: 0,
  validation: 0,
  precondition: 0,
  postcondition: 0,
  assume_role: 0,
  assume_role_with_web_identity: 0,
  default_tags: 0,
  ignore_tags: 0,
  endpoints: 0,
  workspaces: 0,
};

/** The JSON tree of a file whose top level must be an object, with its syntax errors; `root` absent when unusable. */
function parseTopObject(text: string, kind: string): { root?: Node; body: Body; errors: SyntaxError[] } {
  const perrs: ParseError[] = [];
  const root = parseTree(text, perrs, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: true });
  const errors: SyntaxError[] = perrs.map((e) => ({
    start: e.offset,
    end: e.offset + Math.max(e.length, 1),
    message: `Invalid JSON: ${humanJsonError(printParseErrorCode(e.error))}`,
  }));
  const body: Body = { start: 0, end: text.length, attributes: [], blocks: [] };
  if (root === undefined) return { body, errors };
  if (root.type !== 'object') {
    errors.push({ start: root.offset, end: root.offset + root.length, message: `A ${kind} file must contain a JSON object` });
    return { body, errors };
  }
  return { root, body, errors };
}

export function parseJson(text: string): ParsedFile {
  const { root, body, errors } = parseTopObject(text, '.tf.json');
  if (!root) return { body, errors };
  const cx = new Converter(text, errors);
  for (const prop of root.children ?? []) {
    const keyNode = prop.children?.[0];
    const valueNode = prop.children?.[1];
    if (!keyNode || !valueNode) continue;
    const type = String(keyNode.value);
    if (type === '//') continue;
    const nLabels = TOP_LABELS[type] ?? 0;
    cx.blocks(type, span(keyNode), valueNode, nLabels, [], [], body.blocks);
  }
  return { body, errors };
}

/** `.tfvars.json`: the top-level object's properties are attributes (variable values). */
export function parseJsonValues(text: string): ParsedFile {
  const { root, body, errors } = parseTopObject(text, '.tfvars.json');
  if (!root) return { body, errors };
  const cx = new Converter(text, errors);
  for (const prop of root.children ?? []) {
    const k = prop.children?.[0];
    const v = prop.children?.[1];
    if (!k || !v || k.value === '//') continue;
    body.attributes.push({ start: k.offset, end: v.offset + v.length, name: String(k.value), nameSpan: span(k), expr: cx.expr(v) });
  }
  return { body, errors };
}

function humanJsonError(code: string): string {
  // "PropertyNameExpected" -> "property name expected"
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function span(n: Node): Span {
  return { start: n.offset, end: n.offset + n.length };
}

class Converter {
  constructor(
    readonly text: string,
    readonly errors: SyntaxError[],
  ) {}

  blocks(type: string, typeSpan: Span, value: Node, nLabels: number, labels: string[], labelSpans: Span[], out: Block[]): void {
    if (nLabels > 0) {
      if (value.type !== 'object') {
        this.errors.push({ ...span(value), message: `Invalid "${type}" block: expected an object whose keys are its labels` });
        return;
      }
      for (const prop of value.children ?? []) {
        const k = prop.children?.[0];
        const v = prop.children?.[1];
        if (!k || !v) continue;
        const label = String(k.value);
        if (label === '//') continue;
        this.blocks(type, typeSpan, v, nLabels - 1, [...labels, label], [...labelSpans, span(k)], out);
      }
      return;
    }
    if (value.type === 'array') {
      for (const item of value.children ?? []) this.blocks(type, typeSpan, item, 0, labels, labelSpans, out);
      return;
    }
    if (value.type !== 'object') {
      this.errors.push({ ...span(value), message: `Invalid "${type}" block: expected an object (or an array of objects)` });
      return;
    }
    const header = labelSpans.length > 0 ? labelSpans[labelSpans.length - 1] : typeSpan;
    out.push({
      start: header.start,
      end: value.offset + value.length,
      type,
      typeSpan,
      labels,
      labelSpans,
      header: { start: header.start, end: header.end },
      body: this.body(value),
    });
  }

  body(obj: Node): Body {
    const body: Body = { start: obj.offset + 1, end: obj.offset + obj.length - 1, attributes: [], blocks: [] };
    for (const prop of obj.children ?? []) {
      const k = prop.children?.[0];
      const v = prop.children?.[1];
      if (!k || !v) continue;
      const name = String(k.value);
      if (name === '//') continue;
      const nested = NESTED_BLOCKS[name];
      if (nested !== undefined && (v.type === 'object' || v.type === 'array')) {
        this.blocks(name, span(k), v, nested, [], [], body.blocks);
        continue;
      }
      const attr: Attribute = { start: k.offset, end: v.offset + v.length, name, nameSpan: span(k), expr: this.expr(v) };
      body.attributes.push(attr);
    }
    return body;
  }

  expr(n: Node): Expr {
    const start = n.offset;
    const end = n.offset + n.length;
    switch (n.type) {
      case 'string':
        return this.string(n);
      case 'number':
        return { kind: 'literal', start, end, value: n.value as number };
      case 'boolean':
        return { kind: 'literal', start, end, value: n.value as boolean };
      case 'null':
        return { kind: 'literal', start, end, value: null };
      case 'array':
        return { kind: 'tuple', start, end, items: (n.children ?? []).map((c) => this.expr(c)) };
      case 'object': {
        const items: ObjectItem[] = [];
        for (const prop of n.children ?? []) {
          const k = prop.children?.[0];
          const v = prop.children?.[1];
          if (!k || !v) continue;
          if (k.value === '//') continue;
          items.push({ start: k.offset, end: v.offset + v.length, key: this.string(k), value: this.expr(v) });
        }
        return { kind: 'object', start, end, items };
      }
      default:
        return { kind: 'invalid', start, end };
    }
  }

  string(n: Node): Expr {
    const value = String(n.value ?? '');
    const start = n.offset;
    const end = n.offset + n.length;
    if (value.indexOf('${') < 0 && value.indexOf('%{') < 0) return { kind: 'literal', start, end, value };
    const raw = this.text.slice(start + 1, end - 1);
    if (raw === value) {
      const { expr, errors } = parseTemplateString(value, start + 1);
      this.errors.push(...errors);
      return widen(expr, start, end);
    }
    // Escapes shift offsets: every node of the template gets the string's span.
    const { expr, errors } = parseTemplateString(value, 0);
    for (const e of errors) this.errors.push({ start, end, message: e.message });
    setSpans(expr, start, end);
    return expr;
  }
}

/** The template expression spans the whole JSON string, quotes included. */
function widen(e: Expr, start: number, end: number): Expr {
  e.start = start;
  e.end = end;
  return e;
}

function setSpans(node: unknown, start: number, end: number): void {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const n of node) setSpans(n, start, end);
    return;
  }
  const o = node as Record<string, unknown>;
  if (typeof o.start === 'number') o.start = start;
  if (typeof o.end === 'number') o.end = end;
  for (const k in o) {
    const v = o[k];
    if (v !== null && typeof v === 'object') setSpans(v, start, end);
  }
}
