// The HCL syntax tree produced by Driftlog's parser (native syntax and JSON syntax alike).
//
// Every node carries `start` and `end`: UTF-16 code-unit offsets into the file's text (end exclusive),
// the same unit LSP positions use. Offsets instead of {line, character} objects keep a 10,000-file
// workspace small in memory; `LineIndex` converts an offset to a position when one is needed.

export interface Span {
  start: number;
  end: number;
}

/** A body: the inside of a file or of a block, in source order. */
export interface Body extends Span {
  attributes: Attribute[];
  blocks: Block[];
}

export interface Attribute extends Span {
  name: string;
  nameSpan: Span;
  expr: Expr;
}

export interface Block extends Span {
  type: string;
  typeSpan: Span;
  /** Label values (quotes removed). */
  labels: string[];
  labelSpans: Span[];
  /** Span of the header: from the block type to the end of the last label. */
  header: Span;
  body: Body;
}

export type Expr =
  | LiteralExpr
  | TemplateExpr
  | TupleExpr
  | ObjectExpr
  | TraversalExpr
  | IndexExpr
  | GetAttrExpr
  | SplatExpr
  | CallExpr
  | UnaryExpr
  | BinaryExpr
  | ConditionalExpr
  | ForExpr
  | ParenExpr
  | InvalidExpr;

/** string (without interpolation), number, bool or null. */
export interface LiteralExpr extends Span {
  kind: 'literal';
  value: string | number | boolean | null;
}

/** A quoted string or heredoc with at least one interpolation or directive. */
export interface TemplateExpr extends Span {
  kind: 'template';
  heredoc: boolean;
  /** Literal text pieces and interpolated expressions, in order. Directives (%{if}/%{for}) appear as `directive` parts. */
  parts: TemplatePart[];
}

export type TemplatePart =
  | { kind: 'text'; value: string; start: number; end: number }
  | { kind: 'interp'; expr: Expr; start: number; end: number }
  | {
      kind: 'directive';
      text: string;
      start: number;
      end: number;
      /** The condition of `%{if}` or the collection of `%{for}`, when the directive has one. */
      expr?: Expr;
    };

export interface TupleExpr extends Span {
  kind: 'tuple';
  items: Expr[];
}

export interface ObjectItem extends Span {
  /** A bare identifier key is a literal string, as in HCL. */
  key: Expr;
  value: Expr;
}

export interface ObjectExpr extends Span {
  kind: 'object';
  items: ObjectItem[];
}

/** A root name followed by attribute and index steps: var.x, aws_s3_bucket.b.arn, each.value["k"], local.m[0]. */
export interface TraversalExpr extends Span {
  kind: 'traversal';
  root: string;
  steps: TraversalStep[];
}

export type TraversalStep =
  | { kind: 'attr'; name: string }
  | { kind: 'index'; key: Expr }
  | { kind: 'splat'; full: boolean };

/** Indexing an expression that is not a plain traversal: f(x)[0]. */
export interface IndexExpr extends Span {
  kind: 'index';
  target: Expr;
  key: Expr;
}

export interface GetAttrExpr extends Span {
  kind: 'getattr';
  target: Expr;
  name: string;
}

export interface SplatExpr extends Span {
  kind: 'splat';
  target: Expr;
  full: boolean;
  /** Steps applied to each element after the splat. */
  each: TraversalStep[];
}

export interface CallExpr extends Span {
  kind: 'call';
  name: string;
  args: Expr[];
  /** `f(args...)`: the last argument is expanded. */
  expandFinal: boolean;
}

export interface UnaryExpr extends Span {
  kind: 'unary';
  op: '!' | '-';
  operand: Expr;
}

export interface BinaryExpr extends Span {
  kind: 'binary';
  op: '||' | '&&' | '==' | '!=' | '<' | '>' | '<=' | '>=' | '+' | '-' | '*' | '/' | '%';
  left: Expr;
  right: Expr;
}

export interface ConditionalExpr extends Span {
  kind: 'conditional';
  cond: Expr;
  then: Expr;
  else: Expr;
}

export interface ForExpr extends Span {
  kind: 'for';
  /** true for `{ for ... }`, false for `[ for ... ]`. */
  object: boolean;
  keyVar: string | null;
  valueVar: string;
  collection: Expr;
  keyExpr: Expr | null;
  valueExpr: Expr;
  cond: Expr | null;
  grouping: boolean;
}

export interface ParenExpr extends Span {
  kind: 'paren';
  inner: Expr;
}

/** What could not be parsed; the syntax error that produced it is in the file's `errors`. */
export interface InvalidExpr extends Span {
  kind: 'invalid';
}

export interface SyntaxError extends Span {
  message: string;
}

/** The result of parsing one file. */
export interface ParsedFile {
  body: Body;
  errors: SyntaxError[];
}
