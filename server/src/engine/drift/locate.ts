// Where a Terraform attribute path sits in a resource block: `instance_type`, `tags.Env`,
// `versioning_configuration[0].status`, `ingress[1].from_port`. Used to put a drift diagnostic on the exact
// attribute in the current text, so diagnostics follow edits without a rescan.
import type { Block, Expr, Span } from '../hcl/ast';
import { literalValue } from '../hcl/values';
import { parsePath } from '../compare/compare';

export interface Located {
  /** The deepest span found for the path (the attribute, an object item, a list element, a nested block). */
  span: Span;
  /** How many leading path segments were matched: less than the path's length when it ends in an absent member. */
  matched: number;
  /** The expression at the path, when the whole path was matched to an attribute value. */
  expr?: Expr;
}

function inExpr(expr: Expr, segs: Array<string | number>, i: number, depth: number): Located {
  if (i >= segs.length) return { span: expr, matched: depth, expr };
  const seg = segs[i];
  if (expr.kind === 'object' && typeof seg === 'string') {
    const item = expr.items.find((it) => literalValue(it.key) === seg);
    if (item) return inExpr(item.value, segs, i + 1, depth + 1);
  } else if (expr.kind === 'tuple' && typeof seg === 'number' && seg < expr.items.length) {
    return inExpr(expr.items[seg], segs, i + 1, depth + 1);
  }
  return { span: expr, matched: depth };
}

function inBlock(block: Block, segs: Array<string | number>, i: number, depth: number): Located {
  if (i >= segs.length) return { span: block, matched: depth };
  const name = segs[i];
  if (typeof name !== 'string') return { span: block, matched: depth };
  const attr = block.body.attributes.find((a) => a.name === name);
  if (attr) {
    const inner = inExpr(attr.expr, segs, i + 1, depth + 1);
    // The attribute as a whole when the path ends at it; the inner expression otherwise.
    return inner.matched === depth + 1 ? { span: attr, matched: depth + 1, ...(inner.expr ? { expr: inner.expr } : {}) } : inner;
  }
  const nested = block.body.blocks.filter((b) => b.type === name);
  if (nested.length === 0) return { span: block, matched: depth };
  const idx = typeof segs[i + 1] === 'number' ? (segs[i + 1] as number) : undefined;
  if (idx === undefined) return inBlock(nested[0], segs, i + 1, depth + 1);
  if (idx >= nested.length) return { span: nested[nested.length - 1], matched: depth + 1 };
  return inBlock(nested[idx], segs, i + 2, depth + 2);
}

/** The span of `path` inside `block` (a resource block), or of its nearest existing ancestor. */
export function locatePath(block: Block, path: string): Located {
  const segs = parsePath(path);
  const found = inBlock(block, segs, 0, 0);
  // `expr` only when the path was matched to its end.
  return found.matched === segs.length ? found : { span: found.span, matched: found.matched };
}

/** The literal value now written at `path`, when the code holds a literal there. */
export function literalAt(block: Block, path: string): { value: unknown } | undefined {
  const { expr } = locatePath(block, path);
  if (!expr) return undefined;
  const value = literalValue(expr);
  return value === undefined ? undefined : { value };
}
