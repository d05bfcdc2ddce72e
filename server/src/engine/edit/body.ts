// Edits inside a block body that keep the file's layout: inserting attribute or block lines before the closing
// brace (or after the last attribute), with the body's indentation and `=` alignment; deleting an attribute,
// object item or block with its line.

import type { Attribute, Block, Body } from '../hcl/ast';
import { indentAt, indentUnit, lineStartAt, nextLineStart, onlyBlankBefore } from './text';

/** A raw replacement of [start, end) by text (`\n` line endings, converted by the caller). */
export interface Splice {
  start: number;
  end: number;
  text: string;
}

/** True when only blanks or a comment follow `offset` on its line. */
export function restOfLineBlank(text: string, offset: number): boolean {
  const e = text.indexOf('\n', offset);
  const rest = text.slice(offset, e < 0 ? text.length : e).trim();
  return rest === '' || rest.startsWith('#') || rest.startsWith('//') || (rest.startsWith('/*') && rest.endsWith('*/'));
}

/** The indentation of the items of a block's body. */
export function bodyIndent(text: string, block: { start: number }, body: Body): string {
  const first = [...body.attributes, ...body.blocks].sort((a, b) => a.start - b.start)[0];
  if (first && onlyBlankBefore(text, first.start)) return indentAt(text, first.start);
  return indentAt(text, block.start) + indentUnit(text);
}

/**
 * Inserts lines (already indented, `\n`-separated, without a final newline) at the end of a block body, before
 * its closing brace. A body written on one line (`{}` or `{ a = 1 }`) is opened onto several lines.
 */
export function insertAtEnd(text: string, block: Block, lines: string, blankBefore: boolean): Splice {
  const close = block.body.end;
  const open = block.body.start;
  const hasItems = block.body.attributes.length + block.body.blocks.length > 0;
  if (onlyBlankBefore(text, close) && text.lastIndexOf('\n', close) >= open) {
    const at = lineStartAt(text, close);
    return { start: at, end: at, text: (blankBefore && hasItems ? '\n' : '') + lines + '\n' };
  }
  // One-line body: put its content (if any) and the new lines on their own lines.
  const indent = indentAt(text, block.start);
  const inner = indent + indentUnit(text);
  const content = text.slice(open, close).trim();
  const before = content ? inner + content + '\n' + (blankBefore ? '\n' : '') : '';
  return { start: open, end: close, text: '\n' + before + lines + '\n' + indent };
}

/**
 * Deletes an item: its whole lines when it stands alone on them (a trailing comment goes with it), else the item
 * and the comma and blanks after it.
 */
export function deleteItem(text: string, span: { start: number; end: number }): Splice {
  if (onlyBlankBefore(text, span.start) && restOfLineBlank(text, span.end)) {
    return { start: lineStartAt(text, span.start), end: nextLineStart(text, span.end), text: '' };
  }
  let e = span.end;
  while (text[e] === ' ' || text[e] === '\t') e++;
  if (text[e] === ',') {
    e++;
    while (text[e] === ' ' || text[e] === '\t') e++;
  }
  return { start: span.start, end: e, text: '' };
}

/** The offset of the `=` (or `:`) that follows an attribute's name. */
function equalsOf(text: string, a: Attribute): number {
  let p = a.nameSpan.end;
  while (text[p] === ' ' || text[p] === '\t') p++;
  return p;
}

/**
 * Where and how to insert `name = value` (value single-line or not) after the last attribute of a body: the
 * splices (the new line, and the re-padding of an aligned group when the new name is longer), or undefined when
 * the body has no attribute that ends its line.
 */
export function insertAttributeAfterLast(text: string, body: Body, indent: string, name: string, value: string): Splice[] | undefined {
  const attrs = [...body.attributes].sort((a, b) => a.start - b.start);
  const last = attrs[attrs.length - 1];
  if (!last || !onlyBlankBefore(text, last.start) || !restOfLineBlank(text, last.end)) return undefined;
  const at = nextLineStart(text, last.end);
  const out: Splice[] = [];
  let pad = name;
  if (!value.includes('\n')) {
    // The group of single-line attributes on consecutive lines that ends with `last`.
    const group: Attribute[] = [];
    for (let i = attrs.length - 1; i >= 0; i--) {
      const a = attrs[i];
      if (text.slice(a.start, a.end).includes('\n') || !onlyBlankBefore(text, a.start)) break;
      if (group.length > 0 && nextLineStart(text, a.end) !== lineStartAt(text, group[group.length - 1].start)) break;
      group.push(a);
    }
    const cols = group.map((a) => equalsOf(text, a) - lineStartAt(text, a.start));
    // A formatted file has every group aligned; an unformatted one (columns differ) is left as it is.
    const aligned = group.length > 0 && cols.every((c) => c === cols[0]);
    if (aligned) {
      const col = cols[0];
      const want = indent.length + name.length + 1;
      if (want <= col) pad = name.padEnd(col - indent.length - 1);
      else {
        for (const a of group) out.push({ start: a.nameSpan.end, end: equalsOf(text, a), text: ' '.repeat(want - (a.nameSpan.end - lineStartAt(text, a.start))) });
      }
    }
  }
  out.push({ start: at, end: at, text: `${indent}${pad} = ${value}\n` });
  return out;
}
