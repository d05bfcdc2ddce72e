// Small helpers over a file's text: line endings, indentation, offsets <-> positions, applying edits.

import type { Body } from '../hcl/ast';
import { LineIndex } from '../hcl/lineIndex';
import { parse } from '../hcl/parse';
import type { TextEdit } from './types';

/** The file's line ending: `\r\n` when its first line break is one, else `\n`. */
export function eolOf(text: string): string {
  const i = text.indexOf('\n');
  return i > 0 && text[i - 1] === '\r' ? '\r\n' : '\n';
}

/** Offset of the start of the line holding `offset`. */
export function lineStartAt(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Offset just after the line break ending the line that holds `offset` (the text's length on the last line). */
export function nextLineStart(text: string, offset: number): number {
  const i = text.indexOf('\n', offset);
  return i < 0 ? text.length : i + 1;
}

/** The whitespace that starts the line holding `offset`. */
export function indentAt(text: string, offset: number): string {
  const s = lineStartAt(text, offset);
  let e = s;
  while (text[e] === ' ' || text[e] === '\t') e++;
  return text.slice(s, e);
}

/** True when only spaces and tabs stand between the line's start and `offset`. */
export function onlyBlankBefore(text: string, offset: number): boolean {
  return /^[ \t]*$/.test(text.slice(lineStartAt(text, offset), offset));
}

/** The indentation unit of the file: a tab when lines are indented with tabs, else the smallest space indent (2 by default). */
export function indentUnit(text: string): string {
  if (text === lastUnit.text) return lastUnit.unit;
  let min = Infinity;
  let seen = 0;
  // The first few hundred indented lines tell.
  for (const m of text.matchAll(/\n([ \t]+)\S/g)) {
    if (m[1].startsWith('\t')) return remember(text, '\t');
    min = Math.min(min, m[1].length);
    if (++seen >= 500) break;
  }
  return remember(text, min === Infinity || min > 8 ? '  ' : ' '.repeat(min));
}

let lastUnit = { text: '', unit: '  ' };
function remember(text: string, unit: string): string {
  lastUnit = { text, unit };
  return unit;
}

/** An edit of `file` replacing [start, end) of `text` by `newText`. */
export function makeEdit(file: string, text: string, start: number, end: number, newText: string, lines?: LineIndex): TextEdit {
  const li = lines ?? LineIndex.fromText(text);
  return { file, start: li.positionAt(start), end: li.positionAt(end), newText };
}

/** Applies edits of one file to its text (edits of other files are ignored). Edits must not overlap. */
export function applyEdits(text: string, edits: readonly TextEdit[], file?: string): string {
  const li = LineIndex.fromText(text);
  const spans = edits
    .filter((e) => file === undefined || e.file === file)
    .map((e) => ({ start: li.offsetAt(e.start), end: li.offsetAt(e.end), text: e.newText }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let limit = Infinity;
  for (const s of spans) {
    if (s.end > limit) throw new Error('applyEdits: overlapping edits');
    out = out.slice(0, s.start) + s.text + out.slice(s.end);
    limit = s.start;
  }
  return out;
}

/** Replaces every `\n` of generated text by the file's line ending. */
export function withEol(s: string, eol: string): string {
  return eol === '\n' ? s : s.replace(/\r?\n/g, eol);
}

/** The last few parses, by file, reused while the text is the same (one code action request asks for several edits). */
const parsedFiles = new Map<string, { text: string; body: Body; error?: string }>();

/** The file's syntax tree and its first syntax error, if any. */
export function parseCached(file: string, text: string): { body: Body; error?: string } {
  let hit = parsedFiles.get(file);
  if (!hit || hit.text !== text) {
    const p = parse(text);
    hit = { text, body: p.body, ...(p.errors.length ? { error: p.errors[0].message } : {}) };
    parsedFiles.delete(file);
    parsedFiles.set(file, hit);
    if (parsedFiles.size > 8) parsedFiles.delete(parsedFiles.keys().next().value!);
  }
  return hit;
}
