// What the rest of the engine asks of an expression: its literal value, its source text, its references.
import type { Expr, Span, TraversalStep } from './ast';

export type LiteralValue = string | number | boolean | null | LiteralValue[] | { [key: string]: LiteralValue };

/**
 * The JavaScript value of `expr` when it is a literal: string, number, bool, null, a template or heredoc
 * without interpolation, `-5`, parentheses around a literal, and tuples and objects made only of literals.
 * Otherwise `undefined`.
 */
export function literalValue(expr: Expr): LiteralValue | undefined {
  switch (expr.kind) {
    case 'literal':
      return expr.value;
    case 'template': {
      // Only text parts: cannot happen from the parser (it yields a literal), but JSON or callers may build one.
      let s = '';
      for (const p of expr.parts) {
        if (p.kind !== 'text') return undefined;
        s += p.value;
      }
      return s;
    }
    case 'paren':
      return literalValue(expr.inner);
    case 'unary': {
      const v = literalValue(expr.operand);
      if (expr.op === '-' && typeof v === 'number') return -v;
      if (expr.op === '!' && typeof v === 'boolean') return !v;
      return undefined;
    }
    case 'tuple': {
      const out: LiteralValue[] = [];
      for (const item of expr.items) {
        const v = literalValue(item);
        if (v === undefined) return undefined;
        out.push(v);
      }
      return out;
    }
    case 'object': {
      const out: { [key: string]: LiteralValue } = {};
      for (const item of expr.items) {
        const k = literalValue(item.key);
        if (typeof k !== 'string' && typeof k !== 'number' && typeof k !== 'boolean') return undefined;
        const v = literalValue(item.value);
        if (v === undefined) return undefined;
        out[String(k)] = v;
      }
      return out;
    }
    default:
      return undefined;
  }
}

/** The source text of a node. */
export function exprText(text: string, node: Span): string {
  return text.slice(node.start, node.end);
}

/**
 * The references an expression contains, in source order, without duplicates: `var.x`, `local.y`,
 * `aws_x.y.attr`, `aws_x.y[0].id`, `data.x.y.z`, `module.m.out`, `each.key`, `count.index`, `path.module`,
 * `self.x`... A reference is the root plus its attribute steps and literal index steps, up to the first splat
 * or computed index. Names bound by for expressions (and template for directives) are not references.
 */
export function references(expr: Expr): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  collect(expr, [], out, seen);
  return out;
}

function collect(e: Expr, bound: string[], out: string[], seen: Set<string>): void {
  switch (e.kind) {
    case 'traversal': {
      if (!bound.includes(e.root)) {
        const r = traversalText(e.root, e.steps);
        if (!seen.has(r)) {
          seen.add(r);
          out.push(r);
        }
      }
      for (const s of e.steps) if (s.kind === 'index') collect(s.key, bound, out, seen);
      return;
    }
    case 'template': {
      let names = bound;
      for (const p of e.parts) {
        if (p.kind === 'interp') collect(p.expr, names, out, seen);
        else if (p.kind === 'directive') {
          if (p.expr) collect(p.expr, names, out, seen);
          // %{ for k, v in coll }: k and v are bound until the end of the template.
          const m = /^%\{~?\s*for\s+([^\s,]+)\s*(?:,\s*([^\s,]+)\s*)?in\b/.exec(p.text);
          if (m) names = m[2] ? [...names, m[1], m[2]] : [...names, m[1]];
        }
      }
      return;
    }
    case 'tuple':
      for (const i of e.items) collect(i, bound, out, seen);
      return;
    case 'object':
      for (const i of e.items) {
        collect(i.key, bound, out, seen);
        collect(i.value, bound, out, seen);
      }
      return;
    case 'index':
      collect(e.target, bound, out, seen);
      collect(e.key, bound, out, seen);
      return;
    case 'getattr':
      collect(e.target, bound, out, seen);
      return;
    case 'splat':
      collect(e.target, bound, out, seen);
      for (const s of e.each) if (s.kind === 'index') collect(s.key, bound, out, seen);
      return;
    case 'call':
      for (const a of e.args) collect(a, bound, out, seen);
      return;
    case 'unary':
      collect(e.operand, bound, out, seen);
      return;
    case 'binary':
      collect(e.left, bound, out, seen);
      collect(e.right, bound, out, seen);
      return;
    case 'conditional':
      collect(e.cond, bound, out, seen);
      collect(e.then, bound, out, seen);
      collect(e.else, bound, out, seen);
      return;
    case 'for': {
      collect(e.collection, bound, out, seen);
      const inner = e.keyVar ? [...bound, e.keyVar, e.valueVar] : [...bound, e.valueVar];
      if (e.keyExpr) collect(e.keyExpr, inner, out, seen);
      collect(e.valueExpr, inner, out, seen);
      if (e.cond) collect(e.cond, inner, out, seen);
      return;
    }
    case 'paren':
      collect(e.inner, bound, out, seen);
      return;
    default:
      return;
  }
}

/** `root.a.b[0]["k"]`, stopping at the first splat or computed index. */
export function traversalText(root: string, steps: readonly TraversalStep[]): string {
  let s = root;
  for (const step of steps) {
    if (step.kind === 'attr') s += '.' + step.name;
    else if (step.kind === 'index') {
      const k = step.key.kind === 'literal' ? step.key.value : undefined;
      if (typeof k === 'number') s += `[${k}]`;
      else if (typeof k === 'string') s += `[${JSON.stringify(k)}]`;
      else break;
    } else break;
  }
  return s;
}
