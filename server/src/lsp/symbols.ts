// Outline and workspace symbols from the index: resources, data sources and modules, each with its attributes
// and nested blocks as children so the outline can navigate inside a block.
import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver';
import { LineIndex } from '../engine/hcl/lineIndex';
import type { Block, Body, IndexedFile } from '../engine/index/model';

export function toRange(file: IndexedFile, start: number, end: number): Range {
  return new LineIndex(file.lineStarts).rangeOf({ start, end });
}

/** The name a symbol shows for a top-level block, or undefined for blocks the outline does not list. */
export function symbolName(block: Pick<Block, 'type' | 'labels'>): { name: string; kind: SymbolKind; detail: string } | undefined {
  const [a, b] = block.labels;
  switch (block.type) {
    case 'resource':
      return a && b ? { name: `${a}.${b}`, kind: SymbolKind.Class, detail: 'resource' } : undefined;
    case 'data':
      return a && b ? { name: `data.${a}.${b}`, kind: SymbolKind.Interface, detail: 'data source' } : undefined;
    case 'module':
      return a ? { name: `module.${a}`, kind: SymbolKind.Module, detail: 'module' } : undefined;
    default:
      return undefined;
  }
}

function children(file: IndexedFile, body: Body): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  for (const a of body.attributes) {
    out.push({
      name: a.name,
      kind: SymbolKind.Property,
      range: toRange(file, a.start, a.end),
      selectionRange: toRange(file, a.nameSpan.start, a.nameSpan.end),
    });
  }
  for (const b of body.blocks) {
    const label = b.labels.length ? `${b.type} ${b.labels.map((l) => JSON.stringify(l)).join(' ')}` : b.type;
    out.push({
      name: label,
      kind: SymbolKind.Struct,
      range: toRange(file, b.start, b.end),
      selectionRange: toRange(file, b.typeSpan.start, b.typeSpan.end),
      children: children(file, b.body),
    });
  }
  return out.sort((x, y) => x.range.start.line - y.range.start.line || x.range.start.character - y.range.start.character);
}

export function documentSymbols(file: IndexedFile): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  for (const block of file.body.blocks) {
    const s = symbolName(block);
    if (!s) continue;
    out.push({
      name: s.name,
      detail: s.detail,
      kind: s.kind,
      range: toRange(file, block.start, block.end),
      selectionRange: toRange(file, block.header.start, block.header.end),
      children: children(file, block.body),
    });
  }
  return out;
}
