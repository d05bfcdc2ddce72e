// Offset <-> {line, character} conversion (0-based, UTF-16 characters, as LSP positions), from line starts.

export interface Position {
  line: number;
  character: number;
}

/** Offsets of the start of every line of `text` (after "\n"; "\r\n" counts as one line break). */
export function computeLineStarts(text: string): number[] {
  const starts = [0];
  let i = text.indexOf('\n');
  while (i >= 0) {
    starts.push(i + 1);
    i = text.indexOf('\n', i + 1);
  }
  return starts;
}

export class LineIndex {
  readonly lineStarts: readonly number[];
  /** Length of the text, when known: positions past it are clamped. */
  readonly length: number;

  constructor(lineStarts: readonly number[], length = Infinity) {
    this.lineStarts = lineStarts.length > 0 ? lineStarts : [0];
    this.length = length;
  }

  static fromText(text: string): LineIndex {
    return new LineIndex(computeLineStarts(text), text.length);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** The position of `offset` (clamped to the text). */
  positionAt(offset: number): Position {
    const starts = this.lineStarts;
    if (offset > this.length) offset = this.length;
    if (offset < 0) offset = 0;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - starts[lo] };
  }

  /** The offset of `pos` (the line is clamped; the character is not checked against the line's length). */
  offsetAt(pos: Position): number {
    const starts = this.lineStarts;
    if (pos.line < 0) return 0;
    if (pos.line >= starts.length) return Number.isFinite(this.length) ? this.length : starts[starts.length - 1];
    const off = starts[pos.line] + Math.max(0, pos.character);
    const next = pos.line + 1 < starts.length ? starts[pos.line + 1] : this.length;
    return Math.min(off, next);
  }

  rangeOf(span: { start: number; end: number }): { start: Position; end: Position } {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }
}
