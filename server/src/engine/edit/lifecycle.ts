// "Ignore this attribute" in the code: add the attribute's top-level name to the resource's
// `lifecycle { ignore_changes = [...] }`, creating the list or the block when needed, with no duplicates.

import { readFileSync } from 'node:fs';
import type { Block } from '../hcl/ast';
import { traversalText } from '../hcl/values';
import type { ResourceInfo } from '../index/model';
import { parsePath } from '../compare/compare';
import { bodyIndent, insertAtEnd, restOfLineBlank, type Splice } from './body';
import { eolOf, indentAt, indentUnit, makeEdit, onlyBlankBefore, parseCached, withEol } from './text';
import { refuse, type EditResult } from './types';

export interface IgnoreChangesInput {
  resource: Pick<ResourceInfo, 'file' | 'type' | 'name'>;
  /** The drifted attribute's path (`tags.Env`): its top-level name is what `ignore_changes` gets. */
  path: string;
  readText?: (file: string) => string | undefined;
}

/** The edit adding the attribute to `lifecycle { ignore_changes }`, or why not. */
export function addToIgnoreChanges(input: IgnoreChangesInput): EditResult {
  const segs = parsePath(input.path);
  const name = segs[0];
  if (typeof name !== 'string') return refuse(`cannot take an attribute name from ${input.path}`);
  const file = input.resource.file;
  if (file.endsWith('.json')) return refuse(`${file} is in JSON syntax: edit it by hand`);
  let text = input.readText?.(file);
  if (text === undefined) {
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      return refuse(`cannot read ${file}: ${(e as Error).message}`);
    }
  }
  const parsed = parseCached(file, text);
  if (parsed.error) return refuse(`${file} has a syntax error (${parsed.error}): fix it first`);
  const block = parsed.body.blocks.find((b) => b.type === 'resource' && b.labels[0] === input.resource.type && b.labels[1] === input.resource.name);
  if (!block) return refuse(`resource "${input.resource.type}" "${input.resource.name}" is no longer in ${file}`);
  const splice = spliceFor(text, block, name);
  if (typeof splice === 'string') return refuse(splice);
  const eol = eolOf(text);
  return {
    ok: true,
    title: `Ignore changes to ${name} (lifecycle ignore_changes)`,
    edits: [makeEdit(file, text, splice.start, splice.end, withEol(splice.text, eol))],
  };
}

function spliceFor(text: string, block: Block, name: string): Splice | string {
  const lifecycles = block.body.blocks.filter((b) => b.type === 'lifecycle');
  const unit = indentUnit(text);
  for (const lc of lifecycles) {
    const a = lc.body.attributes.find((x) => x.name === 'ignore_changes');
    if (!a) continue;
    const e = a.expr;
    const itemText = (x: (typeof e & { kind: 'tuple' })['items'][number]): string | undefined =>
      x.kind === 'traversal' ? traversalText(x.root, x.steps) : x.kind === 'literal' && typeof x.value === 'string' ? x.value : undefined;
    if (e.kind === 'traversal' && e.root === 'all' && e.steps.length === 0) return `${name} is already ignored: ignore_changes = all`;
    if (e.kind !== 'tuple') return `ignore_changes is not a list here: edit it by hand`;
    for (const x of e.items) {
      const t = itemText(x);
      if (t === undefined) continue;
      const first = parsePath(t)[0];
      if (first === name) return `${name} is already in ignore_changes`;
    }
    if (e.items.length === 0) return { start: e.start, end: e.end, text: `[${name}]` };
    const last = e.items[e.items.length - 1];
    const after = text.slice(last.end, e.end - 1);
    const hasComma = /^\s*,/.test(after);
    if (text.slice(e.start, e.end).includes('\n') && onlyBlankBefore(text, last.start)) {
      // One item per line: a new line after the last item, with its indentation and comma style.
      const lineEnd = text.indexOf('\n', last.end);
      const ind = indentAt(text, last.start);
      if (hasComma) {
        const comma = text.indexOf(',', last.end);
        const end = restOfLineBlank(text, comma + 1) && lineEnd >= 0 ? lineEnd + 1 : comma + 1;
        if (end === lineEnd + 1) return { start: end, end, text: `${ind}${name},\n` };
        return { start: comma + 1, end: comma + 1, text: `\n${ind}${name},` };
      }
      return { start: last.end, end: last.end, text: `,\n${ind}${name}` };
    }
    return { start: last.end, end: last.end, text: `, ${name}` };
  }
  if (lifecycles.length > 0) {
    const lc = lifecycles[0];
    const ind = bodyIndent(text, lc, lc.body);
    return insertAtEnd(text, lc, `${ind}ignore_changes = [${name}]`, false);
  }
  const ind = bodyIndent(text, block, block.body);
  return insertAtEnd(text, block, `${ind}lifecycle {\n${ind}${unit}ignore_changes = [${name}]\n${ind}}`, true);
}
