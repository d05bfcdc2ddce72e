// A purpose-built parser for HCL native syntax (the `.tf` language), producing the AST of ast.ts with exact
// UTF-16 offsets. Hand-written recursive descent over a lazy scanner that reads the text with charCodeAt: one
// token of lookahead, no token array, no regular expression per character.
//
// Newlines: as in HCL, a newline ends an attribute or an object item, but is ignored inside (), [] and `${}`.
// The scanner follows a stack of "newlines significant?" modes that the parser pushes and pops.
//
// Errors never throw. Each syntax error gets a message and a span; the parser then resynchronises (to the next
// item separator inside a tuple, object or call; to the next line in a body; to the next top-level block when a
// block line starts at column 0 with a top-level keyword inside an unclosed block), so everything before and
// after the error that can be recovered is still in the tree. Every loop consumes input, so malformed text is
// parsed in linear time.
import type {
  Attribute,
  Block,
  Body,
  CallExpr,
  Expr,
  ForExpr,
  InvalidExpr,
  LiteralExpr,
  ObjectExpr,
  ObjectItem,
  ParsedFile,
  Span,
  SyntaxError,
  TemplateExpr,
  TemplatePart,
  TraversalStep,
  TupleExpr,
} from './ast';

// Token kinds.
const EOF: number = 0,
  NL: number = 1,
  IDENT: number = 2,
  NUMBER: number = 3,
  OQUOTE: number = 4,
  HEREDOC: number = 5,
  LBRACE: number = 6,
  RBRACE: number = 7,
  LBRACK: number = 8,
  RBRACK: number = 9,
  LPAREN: number = 10,
  RPAREN: number = 11,
  COMMA: number = 12,
  DOT: number = 13,
  ELLIPSIS: number = 14,
  ASSIGN: number = 15,
  COLON: number = 16,
  QUESTION: number = 17,
  ARROW: number = 18,
  OROR: number = 19,
  ANDAND: number = 20,
  EQ: number = 21,
  NE: number = 22,
  LT: number = 23,
  GT: number = 24,
  LE: number = 25,
  GE: number = 26,
  PLUS: number = 27,
  MINUS: number = 28,
  STAR: number = 29,
  SLASH: number = 30,
  PERCENT: number = 31,
  BANG: number = 32,
  TILDE: number = 33,
  INVALID: number = 34;

const TOKEN_NAMES = [
  'end of file', 'newline', 'identifier', 'number', '"', 'heredoc', '{', '}', '[', ']', '(', ')', ',', '.', '...',
  '=', ':', '?', '=>', '||', '&&', '==', '!=', '<', '>', '<=', '>=', '+', '-', '*', '/', '%', '!', '~', 'invalid character',
];

type BinaryOp = '||' | '&&' | '==' | '!=' | '<' | '>' | '<=' | '>=' | '+' | '-' | '*' | '/' | '%';
const BIN_OPS: (BinaryOp | undefined)[] = [];
const BIN_PREC: number[] = [];
function defOp(tok: number, op: BinaryOp, prec: number): void {
  BIN_OPS[tok] = op;
  BIN_PREC[tok] = prec;
}
defOp(OROR, '||', 1);
defOp(ANDAND, '&&', 2);
defOp(EQ, '==', 3);
defOp(NE, '!=', 3);
defOp(LT, '<', 4);
defOp(GT, '>', 4);
defOp(LE, '<=', 4);
defOp(GE, '>=', 4);
defOp(PLUS, '+', 5);
defOp(MINUS, '-', 5);
defOp(STAR, '*', 6);
defOp(SLASH, '/', 6);
defOp(PERCENT, '%', 6);

/** Block types that only appear at the top level of a Terraform file: used to resynchronise after a missing `}`. */
const TOP_LEVEL_KEYWORDS = new Set([
  'resource', 'data', 'module', 'provider', 'terraform', 'variable', 'locals', 'output', 'import', 'moved',
  'removed', 'check',
]);

const MAX_ERRORS = 200;
/** Deeper nesting than this (expressions or blocks) is reported instead of recursing further. */
const MAX_DEPTH = 256;

// Steps without offsets are shared; arrays are copied to their exact size (an array grown by push() keeps
// spare capacity, which adds up over a large workspace).
const SPLAT_FULL: TraversalStep = { kind: 'splat', full: true };
const SPLAT_ATTR: TraversalStep = { kind: 'splat', full: false };
function fit<T>(a: T[]): T[] {
  return a.length === 0 ? [] : a.slice();
}

const ID_START_RE = /[\p{L}\p{Nl}]/u;
const ID_CONTINUE_RE = /[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]/u;

function isIdStartAscii(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}
function isIdContAscii(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Parses HCL native syntax. Never throws. */
export function parse(text: string): ParsedFile {
  return new Parser(text).parseFile();
}

/**
 * Parses `text` as the inside of a template (as in a `.tf.json` string value), with offsets shifted by `base`.
 * Returns a literal when the template has no interpolation or directive.
 */
export function parseTemplateString(text: string, base = 0): { expr: Expr; errors: SyntaxError[] } {
  const p = new Parser(text);
  const expr = p.parseBareTemplate();
  if (base !== 0) shiftSpans(expr, base);
  for (const e of p.errors) {
    e.start += base;
    e.end += base;
  }
  return { expr, errors: p.errors };
}

function shiftSpans(node: unknown, delta: number): void {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const n of node) shiftSpans(n, delta);
    return;
  }
  const o = node as Record<string, unknown>;
  if (typeof o.start === 'number' && typeof o.end === 'number') {
    o.start = (o.start as number) + delta;
    o.end = (o.end as number) + delta;
  }
  for (const k in o) {
    const v = o[k];
    if (v !== null && typeof v === 'object') shiftSpans(v, delta);
  }
}

class Parser {
  readonly src: string;
  readonly len: number;
  pos = 0;
  // Current token.
  tk = EOF;
  ts = 0;
  te = 0;
  // Heredoc token details.
  hdStrip = false;
  hdName = '';
  // Newline mode stack.
  nlSig = true;
  nlStack: boolean[] = [];
  readonly errors: SyntaxError[] = [];
  /** Set when an expression could not be parsed; enclosing constructs resynchronise. */
  failed = false;
  /** Set when a nested body met a top-level keyword at column 0: unwind to the top level. */
  unwind = false;
  /** Current nesting depth, and whether the limit was hit (enclosing constructs then give up without resyncing). */
  depth = 0;
  tooDeep = false;

  constructor(src: string) {
    this.src = src;
    this.len = src.length;
  }

  // ---------------------------------------------------------------- errors

  error(message: string, start: number, end: number): void {
    const errs = this.errors;
    if (errs.length >= MAX_ERRORS) return;
    const last = errs[errs.length - 1];
    if (last !== undefined && last.start === start) return;
    if (errs.length === MAX_ERRORS - 1) {
      errs.push({ start, end, message: 'Too many syntax errors; the rest of the file is not checked.' });
      return;
    }
    errs.push({ start, end: end > start ? end : Math.max(start, Math.min(start + 1, this.len)), message });
  }

  tokenText(): string {
    if (this.tk === EOF) return 'end of file';
    if (this.tk === NL) return 'newline';
    let t = this.src.slice(this.ts, Math.min(this.te, this.ts + 20));
    if (this.te > this.ts + 20) t += '…';
    return `'${t}'`;
  }

  unexpected(what: string): void {
    this.error(`${what}, found ${this.tokenText()}`, this.ts, this.te);
    this.failed = true;
  }

  // ---------------------------------------------------------------- scanner

  push(sig: boolean): void {
    this.nlStack.push(this.nlSig);
    this.nlSig = sig;
  }
  pop(): void {
    this.nlSig = this.nlStack.pop() ?? true;
  }

  /** Scans the next token into tk/ts/te. */
  next(): void {
    const src = this.src;
    const len = this.len;
    let p = this.pos;
    // Trivia.
    for (;;) {
      if (p >= len) {
        this.tk = EOF;
        this.ts = this.te = this.pos = len;
        return;
      }
      const c = src.charCodeAt(p);
      if (c === 32 || c === 9 || c === 13 || c === 0xfeff) {
        p++;
      } else if (c === 10) {
        if (this.nlSig) {
          this.tk = NL;
          this.ts = p;
          this.te = this.pos = p + 1;
          return;
        }
        p++;
      } else if (c === 35 /* # */ || (c === 47 /* / */ && src.charCodeAt(p + 1) === 47)) {
        p = src.indexOf('\n', p);
        if (p < 0) p = len;
      } else if (c === 47 && src.charCodeAt(p + 1) === 42 /* * */) {
        const e = src.indexOf('*/', p + 2);
        if (e < 0) {
          this.error('Unterminated comment: "/*" has no matching "*/"', p, p + 2);
          p = len;
        } else p = e + 2;
      } else break;
    }
    const c = src.charCodeAt(p);
    this.ts = p;
    let k: number;
    let e = p + 1;
    if (isIdStartAscii(c) || (c >= 128 && this.isIdStartAt(p))) {
      e = this.scanIdentEnd(p + 1);
      k = IDENT;
    } else if (isDigit(c)) {
      e = this.scanNumberEnd(p);
      k = NUMBER;
    } else {
      const c1 = src.charCodeAt(p + 1);
      switch (c) {
        case 34: k = OQUOTE; break;
        case 123: k = LBRACE; break;
        case 125: k = RBRACE; break;
        case 91: k = LBRACK; break;
        case 93: k = RBRACK; break;
        case 40: k = LPAREN; break;
        case 41: k = RPAREN; break;
        case 44: k = COMMA; break;
        case 46:
          if (c1 === 46 && src.charCodeAt(p + 2) === 46) {
            k = ELLIPSIS;
            e = p + 3;
          } else k = DOT;
          break;
        case 61:
          if (c1 === 61) { k = EQ; e = p + 2; }
          else if (c1 === 62) { k = ARROW; e = p + 2; }
          else k = ASSIGN;
          break;
        case 58: k = COLON; break;
        case 63: k = QUESTION; break;
        case 124:
          if (c1 === 124) { k = OROR; e = p + 2; } else k = INVALID;
          break;
        case 38:
          if (c1 === 38) { k = ANDAND; e = p + 2; } else k = INVALID;
          break;
        case 33:
          if (c1 === 61) { k = NE; e = p + 2; } else k = BANG;
          break;
        case 60:
          if (c1 === 61) { k = LE; e = p + 2; }
          else if (c1 === 60) {
            const he = this.scanHeredocStart(p);
            if (he > 0) { k = HEREDOC; e = he; } else { k = INVALID; e = p + 2; }
          } else k = LT;
          break;
        case 62:
          if (c1 === 61) { k = GE; e = p + 2; } else k = GT;
          break;
        case 43: k = PLUS; break;
        case 45: k = MINUS; break;
        case 42: k = STAR; break;
        case 47: k = SLASH; break;
        case 37: k = PERCENT; break;
        case 126: k = TILDE; break;
        default:
          k = INVALID;
          // Keep surrogate pairs together.
          if (c >= 0xd800 && c <= 0xdbff && p + 1 < len) e = p + 2;
      }
    }
    this.tk = k;
    this.te = this.pos = e;
  }

  isIdStartAt(p: number): boolean {
    const cp = this.src.codePointAt(p)!;
    return ID_START_RE.test(String.fromCodePoint(cp));
  }

  scanIdentEnd(p: number): number {
    const src = this.src;
    const len = this.len;
    while (p < len) {
      const c = src.charCodeAt(p);
      if (isIdContAscii(c)) p++;
      else if (c >= 128) {
        const cp = src.codePointAt(p)!;
        if (!ID_CONTINUE_RE.test(String.fromCodePoint(cp))) break;
        p += cp > 0xffff ? 2 : 1;
      } else break;
    }
    return p;
  }

  scanNumberEnd(p: number): number {
    const src = this.src;
    while (isDigit(src.charCodeAt(p))) p++;
    if (src.charCodeAt(p) === 46 && isDigit(src.charCodeAt(p + 1))) {
      p += 2;
      while (isDigit(src.charCodeAt(p))) p++;
    }
    const c = src.charCodeAt(p);
    if (c === 101 || c === 69) {
      let q = p + 1;
      const s = src.charCodeAt(q);
      if (s === 43 || s === 45) q++;
      if (isDigit(src.charCodeAt(q))) {
        while (isDigit(src.charCodeAt(q))) q++;
        p = q;
      }
    }
    return p;
  }

  /** At `<<`: returns the offset after the heredoc introducer's newline, or -1 when it is not a heredoc. */
  scanHeredocStart(p: number): number {
    const src = this.src;
    let q = p + 2;
    let strip = false;
    if (src.charCodeAt(q) === 45) {
      strip = true;
      q++;
    }
    const c = src.charCodeAt(q);
    if (!(isIdStartAscii(c) || (c >= 128 && this.isIdStartAt(q)))) return -1;
    const ne = this.scanIdentEnd(q + 1);
    let r = ne;
    while (src.charCodeAt(r) === 32 || src.charCodeAt(r) === 9 || src.charCodeAt(r) === 13) r++;
    if (src.charCodeAt(r) !== 10) return -1;
    this.hdStrip = strip;
    this.hdName = src.slice(q, ne);
    return r + 1;
  }

  // ---------------------------------------------------------------- recovery

  /**
   * Skips raw text from the start of the current token to a resynchronisation point at bracket depth 0: a newline
   * (when `atNewline`), a comma (when `atComma`), an unmatched closing bracket (not consumed), a line starting
   * with a top-level keyword, or the end of the file. Then rescans.
   */
  skipRaw(atNewline: boolean, atComma: boolean): void {
    const src = this.src;
    const len = this.len;
    let p = this.ts;
    let depth = 0;
    while (p < len) {
      const c = src.charCodeAt(p);
      if (c === 10) {
        if (this.topKeywordLineAt(p + 1)) {
          p++;
          break;
        }
        if (depth === 0 && atNewline) break;
        p++;
      } else if (c === 44 && depth === 0 && atComma) {
        break;
      } else if (c === 123 || c === 91 || c === 40) {
        depth++;
        p++;
      } else if (c === 125 || c === 93 || c === 41) {
        if (depth === 0) break;
        depth--;
        p++;
      } else if (c === 34) {
        p++;
        while (p < len) {
          const d = src.charCodeAt(p);
          if (d === 92) p += 2;
          else if (d === 34) {
            p++;
            break;
          } else if (d === 10) break;
          else p++;
        }
      } else if (c === 35 || (c === 47 && src.charCodeAt(p + 1) === 47)) {
        const e = src.indexOf('\n', p);
        p = e < 0 ? len : e;
      } else if (c === 47 && src.charCodeAt(p + 1) === 42) {
        const e = src.indexOf('*/', p + 2);
        p = e < 0 ? len : e + 2;
      } else if (c === 60 && src.charCodeAt(p + 1) === 60) {
        const he = this.scanHeredocStart(p);
        if (he < 0) p += 2;
        else {
          const end = this.findHeredocEnd(he, this.hdName);
          p = end < 0 ? len : end;
        }
      } else p++;
    }
    this.pos = p;
    this.next();
  }

  /** Does a line starting at `p` begin with a top-level block keyword (and not an assignment)? */
  topKeywordLineAt(p: number): boolean {
    const src = this.src;
    const c = src.charCodeAt(p);
    if (!(c >= 97 && c <= 122)) return false;
    let q = p + 1;
    while (q < this.len && src.charCodeAt(q) >= 97 && src.charCodeAt(q) <= 122) q++;
    if (q - p < 4 || q - p > 9) return false;
    const d = src.charCodeAt(q);
    if (d !== 32 && d !== 9 && d !== 34 && d !== 123) return false;
    if (!TOP_LEVEL_KEYWORDS.has(src.slice(p, q))) return false;
    while (src.charCodeAt(q) === 32 || src.charCodeAt(q) === 9) q++;
    const n = src.charCodeAt(q);
    return n === 34 || n === 123 || isIdStartAscii(n);
  }

  /** Finds the offset just after the closing marker line of a heredoc whose content starts at `p`, or -1. */
  findHeredocEnd(p: number, name: string): number {
    const src = this.src;
    const len = this.len;
    while (p <= len) {
      const m = this.markerLineEnd(p, name);
      if (m >= 0) return m;
      const nl = src.indexOf('\n', p);
      if (nl < 0) return -1;
      p = nl + 1;
    }
    return -1;
  }

  /** When the line starting at `p` is the heredoc's closing marker, the offset after the marker; else -1. */
  markerLineEnd(p: number, name: string): number {
    const src = this.src;
    let q = p;
    while (src.charCodeAt(q) === 32 || src.charCodeAt(q) === 9) q++;
    if (!src.startsWith(name, q)) return -1;
    const e = q + name.length;
    let r = e;
    while (src.charCodeAt(r) === 32 || src.charCodeAt(r) === 9 || src.charCodeAt(r) === 13) r++;
    if (r < this.len && src.charCodeAt(r) !== 10) return -1;
    return e;
  }

  // ---------------------------------------------------------------- bodies

  parseFile(): ParsedFile {
    this.pos = 0;
    this.next();
    const body = this.parseBody(true, 0);
    return { body, errors: this.errors };
  }

  /** Parses attributes and blocks until `}` (not consumed) or EOF. */
  parseBody(top: boolean, start: number): Body {
    const attributes: Attribute[] = [];
    const blocks: Block[] = [];
    let end = start;
    for (;;) {
      if (top) this.unwind = false;
      else if (this.unwind) break;
      const tk = this.tk;
      if (tk === NL) {
        this.next();
        continue;
      }
      if (tk === EOF) {
        end = this.len;
        break;
      }
      if (tk === RBRACE) {
        if (!top) {
          end = this.ts;
          break;
        }
        this.error('Unexpected "}": there is no block to close here', this.ts, this.te);
        this.next();
        continue;
      }
      const before = this.ts;
      if (tk === IDENT) {
        if (!top && (this.ts === 0 || this.src.charCodeAt(this.ts - 1) === 10) && this.topKeywordLineAt(this.ts)) {
          this.unwind = true;
          end = this.ts;
          break;
        }
        const nameStart = this.ts;
        const nameEnd = this.te;
        this.next();
        if (this.tk === ASSIGN) {
          this.next();
          this.failed = false;
          const expr = this.parseExpr();
          attributes.push({ start: nameStart, end: expr.end, name: this.src.slice(nameStart, nameEnd), nameSpan: { start: nameStart, end: nameEnd }, expr });
          if (this.failed) {
            this.failed = false;
            this.recoverLine();
          } else this.expectItemEnd(top);
        } else if (this.tk === IDENT || this.tk === OQUOTE || this.tk === LBRACE) {
          const b = this.parseBlock(nameStart, nameEnd);
          if (b !== null) blocks.push(b);
        } else {
          this.unexpected(
            `Expected "=" or a block after "${this.src.slice(nameStart, nameEnd)}" (an attribute is name = value, a block is type "label" { ... })`,
          );
          this.failed = false;
          this.recoverLine();
        }
      } else {
        this.unexpected('Expected an attribute or a block');
        this.failed = false;
        this.recoverLine();
      }
      if (this.ts === before && this.tk !== EOF) {
        // Guarantee progress.
        this.pos = this.te > before ? this.te : before + 1;
        this.next();
      }
    }
    return { start, end, attributes: fit(attributes), blocks: fit(blocks) };
  }

  /** After an attribute: a newline, the end of the file, or (in a block) the closing brace. */
  expectItemEnd(top: boolean): void {
    const tk = this.tk;
    if (tk === NL) this.next();
    else if (tk === EOF || (tk === RBRACE && !top)) return;
    else {
      this.unexpected('Expected a newline after the attribute value');
      this.failed = false;
      this.recoverLine();
    }
  }

  /** Skips to the end of the line (bracket-aware); unmatched ")" and "]" are skipped, "}" is left for the body. */
  recoverLine(): void {
    this.tooDeep = false;
    for (;;) {
      this.skipRaw(true, false);
      if (this.tk === RPAREN || this.tk === RBRACK) {
        this.pos = this.te;
        this.next();
        continue;
      }
      break;
    }
  }

  parseBlock(typeStart: number, typeEnd: number): Block | null {
    const src = this.src;
    const labels: string[] = [];
    const labelSpans: Span[] = [];
    let headerEnd = typeEnd;
    while (this.tk === IDENT || this.tk === OQUOTE) {
      if (this.tk === IDENT) {
        labels.push(src.slice(this.ts, this.te));
        labelSpans.push({ start: this.ts, end: this.te });
        headerEnd = this.te;
        this.next();
      } else {
        const ls = this.ts;
        const value = this.scanLabelString();
        labels.push(value);
        labelSpans.push({ start: ls, end: this.pos });
        headerEnd = this.pos;
        this.next();
      }
    }
    if (this.tk !== LBRACE) {
      this.unexpected(`Expected "{" to open the "${src.slice(typeStart, typeEnd)}" block`);
      this.failed = false;
      this.recoverLine();
      return null;
    }
    const openStart = this.ts;
    const openEnd = this.te;
    if (this.depth >= MAX_DEPTH) {
      this.error(`Blocks nested too deeply (more than ${MAX_DEPTH} levels)`, openStart, openEnd);
      this.skipRaw(false, false);
      return null;
    }
    this.push(true);
    this.next();
    this.depth++;
    const body = this.parseBody(false, openEnd);
    this.depth--;
    let end: number;
    this.pop();
    if (this.tk === RBRACE) {
      end = this.te;
      this.next();
      if (this.tk === NL) this.next();
      else if (this.tk !== EOF && this.tk !== RBRACE) {
        this.unexpected('Expected a newline after the closing "}" of the block');
        this.failed = false;
        this.recoverLine();
      }
    } else {
      // EOF or unwinding to the top level: the block was never closed.
      this.error(`Unclosed block: "${src.slice(typeStart, typeEnd)}" opened here has no closing "}"`, openStart, openEnd);
      end = body.end;
      // Trim trailing whitespace so the block ends at its last content.
      while (end > openEnd && isSpace(src.charCodeAt(end - 1))) end--;
      body.end = end;
    }
    return {
      start: typeStart,
      end,
      type: src.slice(typeStart, typeEnd),
      typeSpan: { start: typeStart, end: typeEnd },
      labels: fit(labels),
      labelSpans: fit(labelSpans),
      header: { start: typeStart, end: headerEnd },
      body,
    };
  }

  /** At OQUOTE in a block header: reads a quoted label (no interpolation); leaves pos after the closing quote. */
  scanLabelString(): string {
    this.pos = this.te;
    const parts = this.parseTemplateParts(true, '');
    let value = '';
    for (const part of parts) {
      if (part.kind === 'text') value += part.value;
      else this.error('Block labels cannot contain interpolations or directives', part.start, part.end);
    }
    // An unterminated label was reported by the template scanner.
    return value;
  }

  // ---------------------------------------------------------------- expressions

  parseExpr(): Expr {
    if (this.depth >= MAX_DEPTH) {
      if (!this.tooDeep) this.error(`Expression nested too deeply (more than ${MAX_DEPTH} levels)`, this.ts, this.te);
      this.failed = true;
      this.tooDeep = true;
      return this.invalidAt(this.ts);
    }
    this.depth++;
    const e = this.parseConditional();
    this.depth--;
    return e;
  }

  parseConditional(): Expr {
    const cond = this.parseBinary(0);
    if (this.tk !== QUESTION || this.failed) return cond;
    this.next();
    const then = this.parseExpr();
    if (this.failed) return { kind: 'conditional', start: cond.start, end: then.end, cond, then, else: this.invalidAt(then.end) };
    if (this.tk !== COLON) {
      this.unexpected('Expected ":" in the conditional expression');
      return { kind: 'conditional', start: cond.start, end: then.end, cond, then, else: this.invalidAt(then.end) };
    }
    this.next();
    const els = this.parseExpr();
    return { kind: 'conditional', start: cond.start, end: els.end, cond, then, else: els };
  }

  invalidAt(p: number): InvalidExpr {
    return { kind: 'invalid', start: p, end: p };
  }

  parseBinary(minPrec: number): Expr {
    let left = this.parseUnary();
    for (;;) {
      if (this.failed) return left;
      const prec = BIN_PREC[this.tk];
      if (prec === undefined || prec <= minPrec) return left;
      const op = BIN_OPS[this.tk]!;
      this.next();
      const right = this.parseBinary(prec);
      left = { kind: 'binary', start: left.start, end: right.end, op, left, right };
    }
  }

  parseUnary(): Expr {
    if (this.tk === BANG || this.tk === MINUS) {
      const start = this.ts;
      const op = this.tk === BANG ? '!' : '-';
      this.next();
      const operand = this.parseUnary();
      return { kind: 'unary', start, end: operand.end, op, operand };
    }
    return this.parsePostfix(this.parsePrimary());
  }

  parsePrimary(): Expr {
    const src = this.src;
    const start = this.ts;
    switch (this.tk) {
      case NUMBER: {
        const end = this.te;
        const value = numberValue(src, start, end);
        this.next();
        const lit: LiteralExpr = { kind: 'literal', start, end, value };
        return lit;
      }
      case IDENT: {
        let end = this.te;
        // Provider-namespaced functions: provider::aws::arn_parse(...)
        while (src.charCodeAt(end) === 58 && src.charCodeAt(end + 1) === 58) {
          const c = src.charCodeAt(end + 2);
          if (!(isIdStartAscii(c) || (c >= 128 && this.isIdStartAt(end + 2)))) break;
          end = this.scanIdentEnd(end + 3);
          this.te = this.pos = end;
        }
        const name = src.slice(start, end);
        this.next();
        if (this.tk === LPAREN) return this.parseCall(name, start);
        if (name === 'true' || name === 'false') return { kind: 'literal', start, end, value: name === 'true' };
        if (name === 'null') return { kind: 'literal', start, end, value: null };
        return { kind: 'traversal', start, end, root: name, steps: [] };
      }
      case OQUOTE: {
        this.pos = this.te;
        const parts = this.parseTemplateParts(true, '');
        const end = this.pos;
        this.next();
        return templateExpr(parts, start, end, false);
      }
      case HEREDOC:
        return this.parseHeredoc();
      case LBRACK:
        return this.parseTuple();
      case LBRACE:
        return this.parseObject();
      case LPAREN: {
        this.push(false);
        this.next();
        const inner = this.parseExpr();
        let end = inner.end;
        if (this.tk === RPAREN) {
          end = this.te;
          this.pop();
          this.next();
          this.failed = false;
        } else {
          if (!this.failed) this.unexpected('Expected ")" to close the parenthesis');
          this.pop();
        }
        return { kind: 'paren', start, end, inner };
      }
      default: {
        this.unexpected('Expected an expression');
        // A missing expression at the end of a line is empty; otherwise it covers the offending token.
        const end = this.tk === NL || this.tk === EOF ? this.ts : this.te;
        return { kind: 'invalid', start: this.ts, end };
      }
    }
  }

  parsePostfix(target: Expr): Expr {
    const e = this.postfixSteps(target);
    if (e.kind === 'traversal') {
      if (e.steps.length > 0) e.steps = e.steps.slice();
    } else if (e.kind === 'splat' && e.each.length > 0) e.each = e.each.slice();
    return e;
  }

  postfixSteps(target: Expr): Expr {
    const src = this.src;
    for (;;) {
      if (this.failed) return target;
      if (this.tk === DOT) {
        const dotEnd = this.te;
        const c = src.charCodeAt(dotEnd);
        if (c === 42 /* * */) {
          target = this.splat(target, false, dotEnd + 1);
          this.pos = dotEnd + 1;
          this.next();
          continue;
        }
        if (isDigit(c)) {
          // Legacy index: foo.0
          let e = dotEnd;
          while (isDigit(src.charCodeAt(e))) e++;
          const key: LiteralExpr = { kind: 'literal', start: dotEnd, end: e, value: Number(src.slice(dotEnd, e)) };
          target = this.addStep(target, { kind: 'index', key }, e);
          this.pos = e;
          this.next();
          continue;
        }
        this.next();
        if (this.tk !== IDENT) {
          this.unexpected('Expected an attribute name after "."');
          return target;
        }
        const name = src.slice(this.ts, this.te);
        target = this.addStep(target, { kind: 'attr', name }, this.te);
        this.next();
        continue;
      }
      if (this.tk === LBRACK) {
        // Full splat: [*]
        let q = this.te;
        while (src.charCodeAt(q) === 32) q++;
        if (src.charCodeAt(q) === 42) {
          let r = q + 1;
          while (src.charCodeAt(r) === 32) r++;
          if (src.charCodeAt(r) === 93) {
            target = this.splat(target, true, r + 1);
            this.pos = r + 1;
            this.next();
            continue;
          }
        }
        this.push(false);
        this.next();
        const key = this.parseExpr();
        if (this.tk !== RBRACK) {
          if (!this.failed) this.unexpected('Expected "]" to close the index');
          this.pop();
          return this.addStep(target, { kind: 'index', key }, key.end);
        }
        const end = this.te;
        this.pop();
        this.next();
        target = this.addStep(target, { kind: 'index', key }, end);
        continue;
      }
      return target;
    }
  }

  addStep(target: Expr, step: TraversalStep, end: number): Expr {
    if (target.kind === 'traversal') {
      target.steps.push(step);
      target.end = end;
      return target;
    }
    if (target.kind === 'splat') {
      target.each.push(step);
      target.end = end;
      return target;
    }
    if (step.kind === 'attr') return { kind: 'getattr', start: target.start, end, target, name: step.name };
    if (step.kind === 'index') return { kind: 'index', start: target.start, end, target, key: step.key };
    return target;
  }

  splat(target: Expr, full: boolean, end: number): Expr {
    if (target.kind === 'traversal') {
      target.steps.push(full ? SPLAT_FULL : SPLAT_ATTR);
      target.end = end;
      return target;
    }
    return { kind: 'splat', start: target.start, end, target, full, each: [] };
  }

  parseCall(name: string, start: number): CallExpr {
    this.push(false);
    this.next();
    const args: Expr[] = [];
    let expandFinal = false;
    let end = this.ts;
    for (;;) {
      if (this.tk === RPAREN) break;
      if (this.tk === EOF) {
        this.unexpected(`Expected ")" to close the call to ${name}()`);
        break;
      }
      const arg = this.parseExpr();
      args.push(arg);
      end = arg.end;
      if (this.failed) {
        if (!this.recoverItem(RPAREN)) break;
        continue;
      }
      if (this.tk === ELLIPSIS) {
        expandFinal = true;
        end = this.te;
        this.next();
        if (this.tk !== RPAREN) {
          this.unexpected('Expected ")" after "..."');
          break;
        }
        break;
      }
      if (this.tk === COMMA) {
        this.next();
        continue;
      }
      if (this.tk !== RPAREN) {
        this.unexpected(`Expected "," or ")" in the arguments of ${name}()`);
        if (!this.recoverItem(RPAREN)) break;
      }
    }
    if (this.tk === RPAREN && !this.failed) {
      end = this.te;
      this.pop();
      this.next();
    } else this.pop();
    return { kind: 'call', start, end, name, args: fit(args), expandFinal };
  }

  /**
   * After a failed item inside a bracketed list: skips to the next separator or the closer. Returns true when
   * parsing of the list can go on (the failure is cleared), false when the closer is missing.
   */
  recoverItem(closer: number): boolean {
    if (this.tooDeep) return false;
    this.failed = false;
    this.skipRaw(closer === RBRACE, true);
    if (this.tk === COMMA || this.tk === NL) {
      this.next();
      return true;
    }
    if (this.tk === closer) return true;
    this.failed = true;
    if (this.tk === EOF) this.error(`Expected "${TOKEN_NAMES[closer]}" before the end of the file`, this.ts, this.te);
    return false;
  }

  /** At `for` after `[` or `{`: is it a for expression (`for x in`) rather than an item named "for"? */
  atForKeyword(): boolean {
    if (this.tk !== IDENT || this.te - this.ts !== 3 || !this.src.startsWith('for', this.ts)) return false;
    let q = this.te;
    const src = this.src;
    while (src.charCodeAt(q) === 32 || src.charCodeAt(q) === 9 || src.charCodeAt(q) === 10 || src.charCodeAt(q) === 13) q++;
    const c = src.charCodeAt(q);
    return isIdStartAscii(c) || (c >= 128 && this.isIdStartAt(q));
  }

  parseTuple(): Expr {
    const start = this.ts;
    this.push(false);
    this.next();
    if (this.atForKeyword()) return this.parseFor(start, false);
    const items: Expr[] = [];
    let end = this.te;
    for (;;) {
      if (this.tk === RBRACK) break;
      if (this.tk === EOF) {
        this.unexpected('Expected "]" to close the list');
        break;
      }
      const item = this.parseExpr();
      items.push(item);
      end = item.end;
      if (this.failed) {
        if (!this.recoverItem(RBRACK)) break;
        continue;
      }
      if (this.tk === COMMA) {
        this.next();
        continue;
      }
      if (this.tk !== RBRACK) {
        this.unexpected('Expected "," or "]" in the list');
        if (!this.recoverItem(RBRACK)) break;
      }
    }
    if (this.tk === RBRACK && !this.failed) {
      end = this.te;
      this.pop();
      this.next();
    } else this.pop();
    const t: TupleExpr = { kind: 'tuple', start, end, items: fit(items) };
    return t;
  }

  parseObject(): Expr {
    const start = this.ts;
    this.push(true);
    this.next();
    while (this.tk === NL) this.next();
    if (this.atForKeyword()) {
      this.nlSig = false;
      return this.parseFor(start, true);
    }
    const items: ObjectItem[] = [];
    let end = this.te;
    for (;;) {
      while (this.tk === NL) this.next();
      if (this.tk === RBRACE) break;
      if (this.tk === EOF) {
        this.unexpected('Expected "}" to close the object');
        break;
      }
      let key = this.parseExpr();
      if (key.kind === 'traversal' && key.steps.length === 0) {
        key = { kind: 'literal', start: key.start, end: key.end, value: key.root };
      }
      if (this.failed) {
        if (!this.recoverItem(RBRACE)) break;
        continue;
      }
      if (this.tk !== ASSIGN && this.tk !== COLON) {
        this.unexpected('Expected "=" or ":" after the object key');
        if (!this.recoverItem(RBRACE)) break;
        continue;
      }
      this.next();
      const value = this.parseExpr();
      items.push({ start: key.start, end: value.end, key, value });
      end = value.end;
      if (this.failed) {
        if (!this.recoverItem(RBRACE)) break;
        continue;
      }
      if (this.tk === COMMA || this.tk === NL) {
        this.next();
        continue;
      }
      if (this.tk !== RBRACE) {
        this.unexpected('Expected a newline, "," or "}" after the object item');
        if (!this.recoverItem(RBRACE)) break;
      }
    }
    if (this.tk === RBRACE && !this.failed) {
      end = this.te;
      this.pop();
      this.next();
    } else this.pop();
    const o: ObjectExpr = { kind: 'object', start, end, items: fit(items) };
    return o;
  }

  /** At `for` (the opening bracket is pushed): `for k, v in coll : [kexpr =>] vexpr [...] [if cond]` + closer. */
  parseFor(start: number, object: boolean): Expr {
    const src = this.src;
    const closer = object ? RBRACE : RBRACK;
    const fail = (what: string): ForExpr => {
      if (this.tooDeep) {
        this.pop();
        const inv = this.invalidAt(this.ts);
        return { kind: 'for', start, end: this.ts, object, keyVar: null, valueVar: '', collection: inv, keyExpr: null, valueExpr: inv, cond: null, grouping: false };
      }
      this.unexpected(what);
      // Skip to the closing bracket.
      this.failed = false;
      this.skipRaw(false, false);
      let end = this.ts;
      if (this.tk === closer) {
        end = this.te;
        this.pop();
        this.next();
      } else {
        this.pop();
        this.failed = true;
      }
      const inv = this.invalidAt(end);
      return { kind: 'for', start, end, object, keyVar: null, valueVar: '', collection: inv, keyExpr: null, valueExpr: inv, cond: null, grouping: false };
    };
    this.next();
    if (this.tk !== IDENT) return fail('Expected a variable name after "for"');
    let keyVar: string | null = null;
    let valueVar = src.slice(this.ts, this.te);
    this.next();
    if (this.tk === COMMA) {
      this.next();
      if (this.tk !== IDENT) return fail('Expected a second variable name after ","');
      keyVar = valueVar;
      valueVar = src.slice(this.ts, this.te);
      this.next();
    }
    if (this.tk !== IDENT || src.slice(this.ts, this.te) !== 'in') return fail('Expected "in" in the for expression');
    this.next();
    const collection = this.parseExpr();
    if (this.failed) return fail('Invalid collection in the for expression');
    if (this.tk !== COLON) return fail('Expected ":" after the collection of the for expression');
    this.next();
    let keyExpr: Expr | null = null;
    let valueExpr = this.parseExpr();
    if (this.failed) return fail('Invalid result in the for expression');
    let grouping = false;
    if (object) {
      if (this.tk !== ARROW) return fail('Expected "=>" in the object for expression');
      this.next();
      keyExpr = valueExpr;
      valueExpr = this.parseExpr();
      if (this.failed) return fail('Invalid value in the for expression');
      if (this.tk === ELLIPSIS) {
        grouping = true;
        this.next();
      }
    }
    let cond: Expr | null = null;
    if (this.tk === IDENT && this.te - this.ts === 2 && src.startsWith('if', this.ts)) {
      this.next();
      cond = this.parseExpr();
      if (this.failed) return fail('Invalid condition in the for expression');
    }
    if (this.tk !== closer) return fail(`Expected "${TOKEN_NAMES[closer]}" to close the for expression`);
    const end = this.te;
    this.pop();
    this.next();
    return { kind: 'for', start, end, object, keyVar, valueVar, collection, keyExpr, valueExpr, cond, grouping };
  }

  // ---------------------------------------------------------------- templates

  parseHeredoc(): Expr {
    const start = this.ts;
    const strip = this.hdStrip;
    const name = this.hdName;
    const introEnd = this.te;
    this.pos = introEnd;
    const parts = this.parseTemplateParts(false, name);
    const end = this.pos;
    if (strip) dedentHeredoc(this.src, parts, introEnd);
    this.next();
    return templateExpr(parts, start, end, true);
  }

  /** The whole text is a template (JSON string values). */
  parseBareTemplate(): Expr {
    this.pos = 0;
    const parts = this.parseTemplateParts(false, '');
    return templateExpr(parts, 0, this.len, false);
  }

  /**
   * Reads template parts from `pos`. Quoted: stops after the closing quote (error at a newline or EOF).
   * Heredoc (`marker` non-empty): stops after the closing marker line. Bare (neither): stops at EOF.
   * Leaves `pos` after the template; the caller rescans.
   */
  parseTemplateParts(quoted: boolean, marker: string): TemplatePart[] {
    const src = this.src;
    const len = this.len;
    const heredoc = marker !== '';
    const parts: TemplatePart[] = [];
    const openQuote = this.pos - 1;
    const tokStart = this.ts;
    let p = this.pos;
    let textStart = p;
    let segStart = p;
    let value = '';
    let stripLeading = false;
    if (heredoc) {
      const m = this.markerLineEnd(p, marker);
      if (m >= 0) {
        this.pos = m;
        return parts;
      }
    }
    for (;;) {
      if (p >= len) {
        pushText(parts, src, textStart, p, value, segStart, stripLeading);
        if (quoted) this.error('Unterminated string: missing the closing \'"\'', openQuote, openQuote + 1);
        else if (heredoc) this.error(`Unterminated heredoc: no closing "${marker}" line`, tokStart, tokStart + 2 + marker.length);
        this.pos = len;
        return parts;
      }
      const c = src.charCodeAt(p);
      if (quoted && c === 34) {
        pushText(parts, src, textStart, p, value, segStart, stripLeading);
        this.pos = p + 1;
        return parts;
      }
      if (c === 10) {
        if (quoted) {
          pushText(parts, src, textStart, p, value, segStart, stripLeading);
          this.error('Unterminated string: a quoted string cannot span lines (use a heredoc)', openQuote, p);
          this.pos = p;
          return parts;
        }
        p++;
        if (heredoc) {
          const m = this.markerLineEnd(p, marker);
          if (m >= 0) {
            pushText(parts, src, textStart, p, value, segStart, stripLeading);
            this.pos = m;
            return parts;
          }
        }
        continue;
      }
      if (c === 36 /* $ */ || c === 37 /* % */) {
        const c1 = src.charCodeAt(p + 1);
        if (c1 === 123) {
          pushText(parts, src, textStart, p, value, segStart, stripLeading);
          value = '';
          segStart = textStart = this.parseTemplateInterp(p, c === 36, parts, quoted);
          stripLeading = this.lastStripTrailing;
          p = segStart;
          continue;
        }
        if (c1 === c && src.charCodeAt(p + 2) === 123) {
          // $${ and %%{ are literal ${ and %{
          value += src.slice(segStart, p + 1);
          p += 2;
          segStart = p;
          continue;
        }
        p++;
        continue;
      }
      if (quoted && c === 92 /* \ */) {
        value += src.slice(segStart, p);
        const [decoded, next] = this.escape(p);
        value += decoded;
        p = next;
        segStart = p;
        continue;
      }
      p++;
    }
  }

  lastStripTrailing = false;

  /** At `${` or `%{`: parses the interpolation or directive, pushes its part, returns the offset after `}`. */
  parseTemplateInterp(p: number, interp: boolean, parts: TemplatePart[], quoted: boolean): number {
    const src = this.src;
    const start = p;
    this.pos = p + 2;
    if (src.charCodeAt(this.pos) === 126) {
      this.pos++;
      const last = parts[parts.length - 1];
      if (last !== undefined && last.kind === 'text') last.value = last.value.trimEnd();
    }
    const savedFailed = this.failed;
    this.failed = false;
    this.push(false);
    this.next();
    let expr: Expr | undefined;
    if (interp) {
      expr = this.parseExpr();
    } else {
      const kw = this.tk === IDENT ? src.slice(this.ts, this.te) : '';
      if (kw === 'if') {
        this.next();
        expr = this.parseExpr();
      } else if (kw === 'for') {
        this.next();
        if (this.tk === IDENT) this.next();
        if (this.tk === COMMA) {
          this.next();
          if (this.tk === IDENT) this.next();
        }
        if (this.tk === IDENT && src.slice(this.ts, this.te) === 'in') {
          this.next();
          expr = this.parseExpr();
        } else this.unexpected('Expected "in" in the template for directive');
      } else if (kw === 'else' || kw === 'endif' || kw === 'endfor') {
        this.next();
      } else {
        this.unexpected('Expected a template directive (if, else, endif, for, endfor)');
      }
    }
    let strip = false;
    if (!this.failed && this.tk === TILDE) {
      strip = true;
      this.next();
    }
    let end: number;
    if (!this.failed && this.tk === RBRACE) {
      end = this.te;
    } else {
      if (!this.failed) this.unexpected(interp ? 'Expected "}" to close the interpolation' : 'Expected "}" to close the directive');
      // Resynchronise: after the next "}" on this line, or before the closing quote / newline.
      let q = this.ts > start + 2 ? this.ts : start + 2;
      for (; q < this.len; q++) {
        const d = src.charCodeAt(q);
        if (d === 125) {
          q++;
          break;
        }
        if (d === 10 || (quoted && d === 34)) break;
      }
      end = q;
    }
    this.pop();
    this.failed = savedFailed;
    this.lastStripTrailing = strip;
    if (interp) parts.push({ kind: 'interp', expr: expr ?? this.invalidAt(end), start, end });
    else {
      const part: TemplatePart = { kind: 'directive', text: src.slice(start, end), start, end };
      if (expr !== undefined) (part as { expr?: Expr }).expr = expr;
      parts.push(part);
    }
    return end;
  }

  /** At a backslash in a quoted string: returns the decoded text and the offset after the escape. */
  escape(p: number): [string, number] {
    const src = this.src;
    const c = src.charCodeAt(p + 1);
    switch (c) {
      case 110: return ['\n', p + 2];
      case 114: return ['\r', p + 2];
      case 116: return ['\t', p + 2];
      case 34: return ['"', p + 2];
      case 92: return ['\\', p + 2];
      case 117:
      case 85: {
        const n = c === 117 ? 4 : 8;
        const hex = src.slice(p + 2, p + 2 + n);
        if (hex.length === n && /^[0-9a-fA-F]+$/.test(hex)) {
          const cp = parseInt(hex, 16);
          if (cp <= 0x10ffff) return [String.fromCodePoint(cp), p + 2 + n];
        }
        this.error(`Invalid escape: "\\${String.fromCharCode(c)}" needs ${n} hexadecimal digits`, p, p + 2);
        return ['', p + 2];
      }
      default:
        if (p + 1 >= this.len || c === 10) return ['\\', p + 1];
        this.error(`Invalid escape sequence "\\${src[p + 1]}": use \\\\ for a backslash`, p, p + 2);
        return [src[p + 1], p + 2];
    }
  }
}

function pushText(parts: TemplatePart[], src: string, textStart: number, end: number, value: string, segStart: number, stripLeading: boolean): void {
  if (end <= textStart) return;
  let v = value + src.slice(segStart, end);
  if (stripLeading) v = v.trimStart();
  parts.push({ kind: 'text', value: v, start: textStart, end });
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function numberValue(src: string, start: number, end: number): number {
  if (end - start < 10) {
    let n = 0;
    let i = start;
    for (; i < end; i++) {
      const c = src.charCodeAt(i);
      if (c < 48 || c > 57) break;
      n = n * 10 + (c - 48);
    }
    if (i === end) return n;
  }
  return Number(src.slice(start, end));
}

function templateExpr(parts: TemplatePart[], start: number, end: number, heredoc: boolean): LiteralExpr | TemplateExpr {
  if (parts.length === 0) return { kind: 'literal', start, end, value: '' };
  let allText = true;
  for (const part of parts) if (part.kind !== 'text') allText = false;
  if (allText) {
    let v = '';
    for (const part of parts) v += (part as { value: string }).value;
    return { kind: 'literal', start, end, value: v };
  }
  return { kind: 'template', start, end, heredoc, parts: fit(parts) };
}

/**
 * `<<-` heredocs: removes the indentation of the least-indented line from every line's text. Lines are
 * measured in the source, from the content start on.
 */
function dedentHeredoc(src: string, parts: TemplatePart[], contentStart: number): void {
  if (parts.length === 0) return;
  const contentEnd = parts[parts.length - 1].end;
  let min = Infinity;
  let p = contentStart;
  while (p < contentEnd) {
    let q = p;
    while (src.charCodeAt(q) === 32 || src.charCodeAt(q) === 9) q++;
    const c = src.charCodeAt(q);
    if (c !== 10 && c !== 13 && q < contentEnd) min = Math.min(min, q - p);
    const nl = src.indexOf('\n', q);
    if (nl < 0 || nl >= contentEnd) break;
    p = nl + 1;
  }
  if (min === Infinity || min === 0) return;
  for (const part of parts) {
    if (part.kind !== 'text') continue;
    const atLineStart = part.start === contentStart || src.charCodeAt(part.start - 1) === 10;
    const lines = part.value.split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (i === 0 && !atLineStart) continue;
      let k = 0;
      const l = lines[i];
      while (k < min && k < l.length && (l.charCodeAt(k) === 32 || l.charCodeAt(k) === 9)) k++;
      lines[i] = l.slice(k);
    }
    part.value = lines.join('\n');
  }
}
