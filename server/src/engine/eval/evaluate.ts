// A partial evaluator for HCL expressions: what the drift engine needs to know the value the code asks for.
//
// It evaluates literals, templates, tuples, objects, variables, locals, each/count, references to other
// resources (through the state), operators, conditionals, for expressions, splats and a set of Terraform's
// built-in functions. Anything it cannot know (a data source, a function it does not implement, a value only
// known after apply) is UNKNOWN, and UNKNOWN anywhere inside a value makes the whole value UNKNOWN: the caller
// then falls back to the state's value. It never guesses.

import type { Expr, TraversalStep } from '../hcl/ast';
import type { JsonValue } from '../scan/types';

export const UNKNOWN: unique symbol = Symbol('unknown');
export type Unknown = typeof UNKNOWN;
export type Val = JsonValue | Unknown;

export interface EvalContext {
  variable(name: string): Val;
  local(name: string): Val;
  /** A managed resource of the same module by type and name: its state attributes (a list for count, an object for for_each). */
  resource?(type: string, name: string): Val;
  /** each.key / each.value; value absent when for_each could not be evaluated. */
  each?: { key: JsonValue; value?: JsonValue };
  count?: number;
  path?: { module: string; root: string; cwd: string };
  workspace?: string;
}

/** A context where only literals and functions evaluate. */
export const EMPTY_CONTEXT: EvalContext = { variable: () => UNKNOWN, local: () => UNKNOWN };

class UnknownSignal extends Error {}
const unknown = (): never => {
  throw new UnknownSignal('unknown');
};

/** Evaluates an expression; UNKNOWN when any part of it cannot be known. */
export function evaluate(expr: Expr, ctx: EvalContext): Val {
  try {
    return ev(expr, ctx, new Map());
  } catch (e) {
    if (e instanceof UnknownSignal || e instanceof EvalError) return UNKNOWN;
    throw e;
  }
}

/** An expression's value as a string, when it evaluates to one (or to a number/bool, converted as Terraform does). */
export function evaluateString(expr: Expr | undefined, ctx: EvalContext = EMPTY_CONTEXT): string | undefined {
  if (!expr) return undefined;
  const v = evaluate(expr, ctx);
  if (v === UNKNOWN || v === null || typeof v === 'object') return undefined;
  return toStr(v);
}

/** A type error while evaluating: the value is treated as unknown (Terraform would report it). */
class EvalError extends Error {}

type Locals = Map<string, JsonValue>;

function ev(expr: Expr, ctx: EvalContext, scope: Locals): JsonValue {
  switch (expr.kind) {
    case 'literal':
      return expr.value;
    case 'template': {
      if (expr.parts.length === 1 && expr.parts[0].kind === 'interp' && !expr.heredoc) {
        // "${x}" alone keeps x's type, as in Terraform.
        return ev(expr.parts[0].expr, ctx, scope);
      }
      let out = '';
      for (const p of expr.parts) {
        if (p.kind === 'text') out += p.value;
        else if (p.kind === 'interp') {
          const v = ev(p.expr, ctx, scope);
          if (v === null || typeof v === 'object') throw new EvalError('cannot interpolate a non-primitive');
          out += toStr(v);
        } else unknown();
      }
      return out;
    }
    case 'tuple':
      return expr.items.map((i) => ev(i, ctx, scope));
    case 'object': {
      const o: Record<string, JsonValue> = {};
      for (const it of expr.items) {
        const k = ev(it.key, ctx, scope);
        if (k === null || typeof k === 'object') throw new EvalError('object key must be a string');
        o[toStr(k)] = ev(it.value, ctx, scope);
      }
      return o;
    }
    case 'paren':
      return ev(expr.inner, ctx, scope);
    case 'traversal': {
      let v = root(expr.root, expr.steps, ctx, scope);
      let steps = expr.steps;
      if (v.consumed) steps = steps.slice(v.consumed);
      return applySteps(v.value, steps, ctx, scope);
    }
    case 'index': {
      const t = ev(expr.target, ctx, scope);
      return index(t, ev(expr.key, ctx, scope));
    }
    case 'getattr':
      return getAttr(ev(expr.target, ctx, scope), expr.name);
    case 'splat': {
      const t = ev(expr.target, ctx, scope);
      const list = t === null ? [] : Array.isArray(t) ? t : [t];
      return list.map((item) => applySteps(item, expr.each, ctx, scope));
    }
    case 'call':
      return call(expr.name, expr.args, expr.expandFinal, ctx, scope);
    case 'unary': {
      const v = ev(expr.operand, ctx, scope);
      if (expr.op === '!') return !toBool(v);
      return -toNum(v);
    }
    case 'binary':
      return binary(expr.op, expr.left, expr.right, ctx, scope);
    case 'conditional':
      return toBool(ev(expr.cond, ctx, scope)) ? ev(expr.then, ctx, scope) : ev(expr.else, ctx, scope);
    case 'for':
      return forExpr(expr, ctx, scope);
    case 'invalid':
      return unknown();
  }
}

function root(name: string, steps: TraversalStep[], ctx: EvalContext, scope: Locals): { value: JsonValue; consumed: number } {
  if (scope.has(name)) return { value: scope.get(name)!, consumed: 0 };
  const first = steps[0];
  const attrName = first && first.kind === 'attr' ? first.name : undefined;
  switch (name) {
    case 'var':
    case 'local': {
      if (!attrName) return unknown();
      const v = name === 'var' ? ctx.variable(attrName) : ctx.local(attrName);
      if (v === UNKNOWN) return unknown();
      return { value: v, consumed: 1 };
    }
    case 'each':
      if (!ctx.each || !attrName) return unknown();
      if (attrName === 'key') return { value: ctx.each.key, consumed: 1 };
      if (attrName === 'value' && ctx.each.value !== undefined) return { value: ctx.each.value, consumed: 1 };
      return unknown();
    case 'count':
      if (ctx.count === undefined || attrName !== 'index') return unknown();
      return { value: ctx.count, consumed: 1 };
    case 'path':
      if (!ctx.path || !attrName || !(attrName in ctx.path)) return unknown();
      return { value: ctx.path[attrName as 'module' | 'root' | 'cwd'], consumed: 1 };
    case 'terraform':
      if (attrName === 'workspace' && ctx.workspace !== undefined) return { value: ctx.workspace, consumed: 1 };
      return unknown();
    case 'data':
    case 'module':
    case 'self':
      return unknown();
    default: {
      if (!attrName || !ctx.resource) return unknown();
      const v = ctx.resource(name, attrName);
      if (v === UNKNOWN) return unknown();
      return { value: v, consumed: 1 };
    }
  }
}

function applySteps(v: JsonValue, steps: TraversalStep[], ctx: EvalContext, scope: Locals): JsonValue {
  let cur = v;
  for (let i = 0; i < steps.length; i++) {
    const s = steps[i];
    if (s.kind === 'attr') cur = getAttr(cur, s.name);
    else if (s.kind === 'index') cur = index(cur, ev(s.key, ctx, scope));
    else {
      const list = cur === null ? [] : Array.isArray(cur) ? cur : s.full ? [cur] : typeof cur === 'object' ? unknown() : [cur];
      const rest = steps.slice(i + 1);
      return list.map((item) => applySteps(item, rest, ctx, scope));
    }
  }
  return cur;
}

function getAttr(v: JsonValue, name: string): JsonValue {
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    if (!(name in v)) return unknown();
    return v[name];
  }
  return unknown();
}

function index(v: JsonValue, k: JsonValue): JsonValue {
  if (Array.isArray(v)) {
    const i = toNum(k);
    if (!Number.isInteger(i) || i < 0 || i >= v.length) throw new EvalError('index out of range');
    return v[i];
  }
  if (v !== null && typeof v === 'object') {
    const key = toStr(k as JsonValue);
    if (!(key in v)) throw new EvalError('no such key');
    return v[key];
  }
  return unknown();
}

function binary(op: string, l: Expr, r: Expr, ctx: EvalContext, scope: Locals): JsonValue {
  if (op === '&&') {
    const a = toBool(ev(l, ctx, scope));
    return a ? toBool(ev(r, ctx, scope)) : false;
  }
  if (op === '||') {
    const a = toBool(ev(l, ctx, scope));
    return a ? true : toBool(ev(r, ctx, scope));
  }
  const a = ev(l, ctx, scope);
  const b = ev(r, ctx, scope);
  switch (op) {
    case '==':
      return deepEqual(a, b);
    case '!=':
      return !deepEqual(a, b);
    case '<':
      return toNum(a) < toNum(b);
    case '>':
      return toNum(a) > toNum(b);
    case '<=':
      return toNum(a) <= toNum(b);
    case '>=':
      return toNum(a) >= toNum(b);
    case '+':
      return toNum(a) + toNum(b);
    case '-':
      return toNum(a) - toNum(b);
    case '*':
      return toNum(a) * toNum(b);
    case '/': {
      const d = toNum(b);
      if (d === 0) throw new EvalError('division by zero');
      return toNum(a) / d;
    }
    case '%': {
      const d = toNum(b);
      if (d === 0) throw new EvalError('division by zero');
      return toNum(a) % d;
    }
  }
  return unknown();
}

function forExpr(expr: Extract<Expr, { kind: 'for' }>, ctx: EvalContext, scope: Locals): JsonValue {
  const coll = ev(expr.collection, ctx, scope);
  if (coll === null || typeof coll !== 'object') throw new EvalError('for over a non-collection');
  const entries: [JsonValue, JsonValue][] = Array.isArray(coll)
    ? coll.map((v, i) => [i, v])
    : Object.keys(coll)
        .sort()
        .map((k) => [k, coll[k]]);
  const listOut: JsonValue[] = [];
  const objOut: Record<string, JsonValue> = {};
  const grouped: Record<string, JsonValue[]> = {};
  for (const [k, v] of entries) {
    const inner = new Map(scope);
    if (expr.keyVar) inner.set(expr.keyVar, k);
    inner.set(expr.valueVar, v);
    if (expr.cond && !toBool(ev(expr.cond, ctx, inner))) continue;
    if (expr.object) {
      const key = toStr(ev(expr.keyExpr!, ctx, inner) as JsonValue);
      const val = ev(expr.valueExpr, ctx, inner);
      if (expr.grouping) (grouped[key] ??= []).push(val);
      else {
        if (key in objOut) throw new EvalError('duplicate key in for expression');
        objOut[key] = val;
      }
    } else listOut.push(ev(expr.valueExpr, ctx, inner));
  }
  if (!expr.object) return listOut;
  return expr.grouping ? grouped : objOut;
}

// ---------------------------------------------------------------------------------------------------------------
// Conversions, as Terraform's automatic type conversion does them.

export function toStr(v: JsonValue): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  throw new EvalError('not a string');
}

function formatNumber(n: number): string {
  if (Number.isInteger(n)) return n.toString();
  return String(n);
}

function toNum(v: JsonValue): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) return Number(v);
  throw new EvalError('not a number');
}

function toBool(v: JsonValue): boolean {
  if (typeof v === 'boolean') return v;
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw new EvalError('not a bool');
}

export function deepEqual(a: JsonValue, b: JsonValue): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  const ao = a as Record<string, JsonValue>;
  const bo = b as Record<string, JsonValue>;
  const ka = Object.keys(ao);
  return ka.length === Object.keys(bo).length && ka.every((k) => k in bo && deepEqual(ao[k], bo[k]));
}

/** JSON text as Terraform's jsonencode writes it: compact, object keys sorted. */
export function jsonEncode(v: JsonValue): string {
  return JSON.stringify(sortKeys(v)).replace(/[<>&\u2028\u2029]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

function sortKeys(v: JsonValue): JsonValue {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v !== null && typeof v === 'object') {
    const o: Record<string, JsonValue> = {};
    for (const k of Object.keys(v).sort()) o[k] = sortKeys(v[k]);
    return o;
  }
  return v;
}

// ---------------------------------------------------------------------------------------------------------------
// Built-in functions

type Fn = (args: JsonValue[]) => JsonValue;

const isObj = (v: JsonValue): v is Record<string, JsonValue> => v !== null && typeof v === 'object' && !Array.isArray(v);
const asList = (v: JsonValue): JsonValue[] => {
  if (Array.isArray(v)) return v;
  throw new EvalError('not a list');
};
const asObj = (v: JsonValue): Record<string, JsonValue> => {
  if (isObj(v)) return v;
  throw new EvalError('not a map');
};
const distinct = (l: JsonValue[]): JsonValue[] => {
  const out: JsonValue[] = [];
  for (const x of l) if (!out.some((y) => deepEqual(x, y))) out.push(x);
  return out;
};

function sprintf(fmt: string, args: JsonValue[]): string {
  let i = 0;
  return fmt.replace(/%(\[(\d+)\])?([-+# 0]*)(\d+)?(?:\.(\d+))?([%sdvqftbxXoeEgG])/g, (_m, _b, argIdx, flags: string, width, prec, verb: string) => {
    if (verb === '%') return '%';
    if (argIdx) i = Number(argIdx) - 1;
    if (i >= args.length) throw new EvalError('not enough arguments to format');
    const a = args[i++];
    let s: string;
    switch (verb) {
      case 's':
        s = toStr(a);
        break;
      case 'd': {
        const n = toNum(a);
        if (!Number.isInteger(n)) throw new EvalError('%d needs an integer');
        s = (flags.includes('+') && n >= 0 ? '+' : '') + String(n);
        break;
      }
      case 'f':
      case 'e':
      case 'E':
      case 'g':
      case 'G': {
        const n = toNum(a);
        s = verb === 'f' ? n.toFixed(prec !== undefined ? Number(prec) : 6) : verb.toLowerCase() === 'e' ? n.toExponential(prec !== undefined ? Number(prec) : 6) : String(n);
        if (verb === 'E' || verb === 'G') s = s.toUpperCase();
        break;
      }
      case 'v':
        s = a !== null && typeof a === 'object' ? jsonEncode(a) : toStr(a);
        break;
      case 'q':
        s = JSON.stringify(toStr(a));
        break;
      case 't':
        s = toBool(a) ? 'true' : 'false';
        break;
      case 'b':
        s = Math.trunc(toNum(a)).toString(2);
        break;
      case 'o':
        s = Math.trunc(toNum(a)).toString(8);
        break;
      case 'x':
      case 'X':
        s = typeof a === 'string' ? Buffer.from(a).toString('hex') : Math.trunc(toNum(a)).toString(16);
        if (verb === 'X') s = s.toUpperCase();
        break;
      default:
        throw new EvalError('unsupported format verb');
    }
    if (width && s.length < Number(width)) {
      const pad = (flags.includes('0') && !flags.includes('-') ? '0' : ' ').repeat(Number(width) - s.length);
      s = flags.includes('-') ? s + pad : pad + s;
    }
    return s;
  });
}

const FUNCTIONS: Record<string, Fn> = {
  jsonencode: ([v]) => jsonEncode(v),
  jsondecode: ([s]) => {
    try {
      return JSON.parse(toStr(s)) as JsonValue;
    } catch {
      throw new EvalError('invalid JSON');
    }
  },
  merge: (args) => {
    const out: Record<string, JsonValue> = {};
    for (const a of args) if (a !== null) Object.assign(out, asObj(a));
    return out;
  },
  tomap: ([v]) => {
    const o = asObj(v);
    const out: Record<string, JsonValue> = {};
    // A map's values all have one type: mixing strings with numbers/bools converts them to strings.
    const prim = Object.values(o).every((x) => x === null || typeof x !== 'object');
    const hasString = Object.values(o).some((x) => typeof x === 'string');
    for (const [k, x] of Object.entries(o)) out[k] = prim && hasString && x !== null ? toStr(x) : x;
    return out;
  },
  tolist: ([v]) => asList(v),
  toset: ([v]) => distinct(asList(v)),
  tostring: ([v]) => (v === null ? null : toStr(v)),
  tonumber: ([v]) => (v === null ? null : toNum(v)),
  tobool: ([v]) => (v === null ? null : toBool(v)),
  lower: ([s]) => toStr(s).toLowerCase(),
  upper: ([s]) => toStr(s).toUpperCase(),
  title: ([s]) => toStr(s).replace(/(^|[^\p{L}\p{N}])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase()),
  trimspace: ([s]) => toStr(s).trim(),
  trimprefix: ([s, p]) => (toStr(s).startsWith(toStr(p)) ? toStr(s).slice(toStr(p).length) : toStr(s)),
  trimsuffix: ([s, p]) => (toStr(s).endsWith(toStr(p)) && toStr(p) !== '' ? toStr(s).slice(0, -toStr(p).length) : toStr(s)),
  startswith: ([s, p]) => toStr(s).startsWith(toStr(p)),
  endswith: ([s, p]) => toStr(s).endsWith(toStr(p)),
  format: ([f, ...rest]) => sprintf(toStr(f), rest),
  formatlist: ([f, ...rest]) => {
    const n = Math.max(0, ...rest.filter(Array.isArray).map((l) => (l as JsonValue[]).length));
    return Array.from({ length: n }, (_x, i) => sprintf(toStr(f), rest.map((r) => (Array.isArray(r) ? r[i] : r))));
  },
  concat: (args) => args.flatMap((a) => asList(a)),
  lookup: ([m, k, d]) => {
    const o = asObj(m);
    const key = toStr(k);
    if (key in o) return o[key];
    if (d === undefined) throw new EvalError('lookup: no such key and no default');
    return d;
  },
  length: ([v]) => (typeof v === 'string' ? [...v].length : Array.isArray(v) ? v.length : Object.keys(asObj(v)).length),
  join: ([sep, ...lists]) => lists.flatMap(asList).map(toStr).join(toStr(sep)),
  split: ([sep, s]) => toStr(s).split(toStr(sep)),
  replace: ([s, from, to]) => {
    const f = toStr(from);
    if (f.length > 1 && f.startsWith('/') && f.endsWith('/')) unknown(); // RE2 regex: not evaluated
    return toStr(s).split(f).join(toStr(to));
  },
  substr: ([s, off, len]) => {
    const chars = [...toStr(s)];
    let o = toNum(off);
    if (o < 0) o = chars.length + o;
    const l = toNum(len);
    return chars.slice(o, l < 0 ? undefined : o + l).join('');
  },
  coalesce: (args) => {
    for (const a of args) if (a !== null && a !== '') return a;
    throw new EvalError('coalesce: no non-null argument');
  },
  coalescelist: (args) => {
    for (const a of args) if (asList(a).length > 0) return a;
    throw new EvalError('coalescelist: all empty');
  },
  contains: ([l, v]) => asList(l).some((x) => deepEqual(x, v)),
  keys: ([m]) => Object.keys(asObj(m)).sort(),
  values: ([m]) => {
    const o = asObj(m);
    return Object.keys(o)
      .sort()
      .map((k) => o[k]);
  },
  element: ([l, i]) => {
    const list = asList(l);
    if (list.length === 0) throw new EvalError('element of an empty list');
    return list[((toNum(i) % list.length) + list.length) % list.length];
  },
  flatten: ([l]) => {
    const flat = (x: JsonValue[]): JsonValue[] => x.flatMap((y) => (Array.isArray(y) ? flat(y) : [y]));
    return flat(asList(l));
  },
  distinct: ([l]) => distinct(asList(l)),
  compact: ([l]) => asList(l).filter((x) => x !== null && x !== ''),
  reverse: ([l]) => [...asList(l)].reverse(),
  sort: ([l]) => asList(l).map(toStr).sort(),
  zipmap: ([k, v]) => {
    const ks = asList(k);
    const vs = asList(v);
    const o: Record<string, JsonValue> = {};
    ks.forEach((x, i) => (o[toStr(x)] = vs[i]));
    return o;
  },
  min: (args) => Math.min(...args.map(toNum)),
  max: (args) => Math.max(...args.map(toNum)),
  abs: ([n]) => Math.abs(toNum(n)),
  ceil: ([n]) => Math.ceil(toNum(n)),
  floor: ([n]) => Math.floor(toNum(n)),
  base64encode: ([s]) => Buffer.from(toStr(s), 'utf8').toString('base64'),
  base64decode: ([s]) => Buffer.from(toStr(s), 'base64').toString('utf8'),
  range: (args) => {
    const n = args.map(toNum);
    const [start, end, step] = n.length === 1 ? [0, n[0], 1] : [n[0], n[1], n[2] ?? (n[0] <= n[1] ? 1 : -1)];
    const out: number[] = [];
    if (step === 0) throw new EvalError('range step 0');
    for (let i = start; step > 0 ? i < end : i > end; i += step) {
      out.push(i);
      if (out.length > 1024) throw new EvalError('range too long');
    }
    return out;
  },
  one: ([l]) => {
    const list = asList(l);
    if (list.length > 1) throw new EvalError('one: more than one element');
    return list.length ? list[0] : null;
  },
  sensitive: ([v]) => v,
  nonsensitive: ([v]) => v,
};

function call(name: string, argExprs: Expr[], expandFinal: boolean, ctx: EvalContext, scope: Locals): JsonValue {
  const fname = name.startsWith('provider::') ? name : name.replace(/^core::/, '');
  if (fname === 'try' || fname === 'can') {
    for (const a of argExprs) {
      try {
        const v = ev(a, ctx, scope);
        return fname === 'can' ? true : v;
      } catch (e) {
        if (e instanceof UnknownSignal) throw e; // an unknown value: try() cannot decide either
        if (!(e instanceof EvalError)) throw e;
      }
    }
    if (fname === 'can') return false;
    throw new EvalError('try: no argument succeeded');
  }
  const fn = FUNCTIONS[fname];
  if (!fn) return unknown();
  let args = argExprs.map((a) => ev(a, ctx, scope));
  if (expandFinal && args.length) args = [...args.slice(0, -1), ...asList(args[args.length - 1])];
  return fn(args);
}

/** The functions the evaluator implements (others make a value unknown). */
export const SUPPORTED_FUNCTIONS: readonly string[] = [...Object.keys(FUNCTIONS), 'try', 'can'].sort();
