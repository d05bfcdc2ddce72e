// JSON values as HCL native syntax, the way `terraform fmt` lays them out: strings quoted and escaped (with `${`
// and `%{` doubled so they stay literal), heredocs where asked, lists inline when short, objects one item per line
// with the `=` of consecutive single-line items aligned. Output uses `\n`; callers convert to the file's line
// ending with `withEol`.

import type { JsonValue } from '../scan/types';

export interface RenderOptions {
  /** Indentation of the line the value starts on (the attribute's line). */
  indent: string;
  /** One level of indentation. */
  unit: string;
  /** Keep a heredoc: the marker and whether it is `<<-` (indented). Falls back to a quoted string when the value cannot be one. */
  heredoc?: { marker: string; indented: boolean };
  /** Put a short object or list on one line (the old value was on one line). */
  preferInline?: boolean;
  /** Line width for inline lists and objects. */
  width?: number;
}

const IDENT = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const KEYWORDS = new Set(['true', 'false', 'null', 'for', 'in', 'if']);

/** An object key or attribute name as HCL: bare when it is an identifier, else a quoted string. */
export function renderKey(k: string): string {
  return IDENT.test(k) && !KEYWORDS.has(k) ? k : quote(k);
}

export function isIdentifier(k: string): boolean {
  return IDENT.test(k);
}

/** A quoted HCL string: `\\`, `"`, control characters escaped; `${` and `%{` written `$${` and `%%{`. */
export function quote(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const code = s.charCodeAt(i);
    if (c === '"') out += '\\"';
    else if (c === '\\') out += '\\\\';
    else if (c === '\n') out += '\\n';
    else if (c === '\r') out += '\\r';
    else if (c === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += '\\u' + code.toString(16).padStart(4, '0');
    else if ((c === '$' || c === '%') && s[i + 1] === '{') out += c + c;
    else out += c;
  }
  return out + '"';
}

/** A heredoc holding `s`, or undefined when `s` cannot be one (no final newline, a line equal to the marker). */
export function heredoc(s: string, marker: string, indented: boolean, indent: string, unit: string): string | undefined {
  if (!s.endsWith('\n')) return undefined;
  const lines = s.slice(0, -1).split('\n');
  if (lines.some((l) => l.trim() === marker || l.includes('\r'))) return undefined;
  const esc = (l: string) => l.replace(/([$%])\{/g, '$1$1{');
  // `<<-` strips the least indentation of the lines: when every line of the value is itself indented, that
  // indentation would be lost, so such a value keeps a plain `<<` heredoc.
  const nonBlank = lines.filter((l) => l.trim() !== '');
  if (indented && nonBlank.length > 0 && nonBlank.every((l) => /^[ \t]/.test(l))) indented = false;
  const body = lines.map((l) => (indented && l.trim() !== '' ? indent + unit + esc(l) : esc(l))).join('\n');
  return `<<${indented ? '-' : ''}${marker}\n${body}\n${indented ? indent : ''}${marker}`;
}

const isObj = (v: unknown): v is Record<string, JsonValue> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isScalar = (v: JsonValue): boolean => v === null || typeof v !== 'object';

function scalar(v: JsonValue): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return quote(v);
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : quote(String(v));
  return String(v);
}

/** The HCL text of a value. */
export function renderValue(v: JsonValue, o: RenderOptions): string {
  const width = o.width ?? 100;
  if (typeof v === 'string' && o.heredoc) {
    const h = heredoc(v, o.heredoc.marker, o.heredoc.indented, o.indent, o.unit);
    if (h !== undefined) return h;
  }
  if (isScalar(v)) return scalar(v);
  const inner = o.indent + o.unit;
  const sub: RenderOptions = { indent: inner, unit: o.unit, width };
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    if (v.every(isScalar)) {
      const line = `[${v.map(scalar).join(', ')}]`;
      if (o.indent.length + line.length <= width) return line;
    }
    return `[\n${v.map((x) => inner + renderValue(x, sub) + ',').join('\n')}\n${o.indent}]`;
  }
  const entries = Object.entries(v as Record<string, JsonValue>);
  if (entries.length === 0) return '{}';
  if (o.preferInline && entries.every(([, x]) => isScalar(x))) {
    const line = `{ ${entries.map(([k, x]) => `${renderKey(k)} = ${scalar(x)}`).join(', ')} }`;
    if (o.indent.length + line.length <= width) return line;
  }
  return `{\n${alignItems(entries.map(([k, x]) => [renderKey(k), renderValue(x, sub)]), inner).join('\n')}\n${o.indent}}`;
}

/**
 * `name = value` lines at `indent`, the `=` of consecutive single-line items aligned as `terraform fmt` does (a
 * multi-line value breaks the group and keeps a single space).
 */
export function alignItems(items: Array<[string, string]>, indent: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < items.length) {
    if (items[i][1].includes('\n')) {
      out.push(`${indent}${items[i][0]} = ${items[i][1]}`);
      i++;
      continue;
    }
    let j = i;
    while (j < items.length && !items[j][1].includes('\n')) j++;
    const w = Math.max(...items.slice(i, j).map(([k]) => k.length));
    for (let k = i; k < j; k++) out.push(`${indent}${items[k][0].padEnd(w)} = ${items[k][1]}`);
    i = j;
  }
  return out;
}

/** Which keys of an object are written as nested blocks, with the shape of their own nested blocks. */
export interface BlockShape {
  [key: string]: BlockShape | true;
}

/**
 * The inside of a block: attributes (aligned) first, then nested blocks, each after a blank line. `blocks` names
 * the keys whose value (a list of objects) is written as nested blocks; `exprs` the keys written as an expression
 * rather than a value (`jsonencode(...)`), given the indentation of their line.
 */

export function renderBody(obj: Record<string, JsonValue>, indent: string, unit: string, blocks: BlockShape = {}, exprs: Record<string, (indent: string) => string> = {}): string[] {
  const attrs: Array<[string, string]> = [];
  const nested: string[][] = [];
  for (const [k, v] of Object.entries(obj)) {
    if (exprs[k]) {
      attrs.push([renderKey(k), exprs[k](indent)]);
      continue;
    }
    const shape = blocks[k];
    const list = Array.isArray(v) ? v : isObj(v) ? [v] : undefined;
    if (shape && list && list.every(isObj)) {
      for (const item of list) nested.push(renderBlock(k, [], item as Record<string, JsonValue>, indent, unit, shape === true ? {} : shape));
      continue;
    }
    attrs.push([renderKey(k), renderValue(v, { indent, unit })]);
  }
  const out = alignItems(attrs, indent);
  for (const b of nested) {
    if (out.length > 0) out.push('');
    out.push(...b);
  }
  return out;
}

/** `type "label" ... {` body `}` as lines at `indent`. */
export function renderBlock(
  type: string,
  labels: string[],
  obj: Record<string, JsonValue>,
  indent: string,
  unit: string,
  blocks: BlockShape = {},
  exprs: Record<string, (indent: string) => string> = {},
): string[] {
  const head = [type, ...labels.map(quote)].join(' ');
  const body = renderBody(obj, indent + unit, unit, blocks, exprs);
  if (body.length === 0) return [`${indent}${head} {`, `${indent}}`];
  return [`${indent}${head} {`, ...body, `${indent}}`];
}
