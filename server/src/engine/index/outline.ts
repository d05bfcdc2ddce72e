// The outline of a file: its top-level blocks without their bodies (type, labels, ranges). Small enough to keep
// for every file of a large workspace and to store in the parse cache, so document and workspace symbols never
// need a parse.
import type { Block, Body, Span } from '../hcl/ast';

export interface OutlineBlock {
  type: string;
  labels: string[];
  start: number;
  end: number;
  typeSpan: Span;
  labelSpans: Span[];
  header: Span;
}

/** Flat form stored per file: for each block, type, start, end, typeStart, typeEnd, headerStart, headerEnd, n, then n × (label, start, end). */
export type OutlineData = (string | number)[];

export function encodeOutline(body: Body): OutlineData {
  const out: OutlineData = [];
  for (const b of body.blocks) {
    out.push(b.type, b.start, b.end, b.typeSpan.start, b.typeSpan.end, b.header.start, b.header.end, b.labels.length);
    for (let i = 0; i < b.labels.length; i++) out.push(b.labels[i], b.labelSpans[i].start, b.labelSpans[i].end);
  }
  return out;
}

export function decodeOutline(d: OutlineData): OutlineBlock[] {
  const out: OutlineBlock[] = [];
  let i = 0;
  while (i < d.length) {
    const type = d[i] as string;
    const start = d[i + 1] as number;
    const end = d[i + 2] as number;
    const typeSpan = { start: d[i + 3] as number, end: d[i + 4] as number };
    const header = { start: d[i + 5] as number, end: d[i + 6] as number };
    const n = d[i + 7] as number;
    i += 8;
    const labels: string[] = [];
    const labelSpans: Span[] = [];
    for (let k = 0; k < n; k++, i += 3) {
      labels.push(d[i] as string);
      labelSpans.push({ start: d[i + 1] as number, end: d[i + 2] as number });
    }
    out.push({ type, labels, start, end, typeSpan, labelSpans, header });
  }
  return out;
}

export function outlineOf(blocks: readonly Block[]): OutlineBlock[] {
  return blocks.map((b) => ({ type: b.type, labels: b.labels, start: b.start, end: b.end, typeSpan: b.typeSpan, labelSpans: b.labelSpans, header: b.header }));
}
