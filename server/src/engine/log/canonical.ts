// RFC 8785 (JSON Canonicalization Scheme) serialisation, and the check that a text is canonical.
//
// Written here rather than taken from the `canonicalize` package because that package is ESM-only and cannot be
// loaded by the CommonJS bundles and the test runner. The rules: no whitespace; object members sorted by their
// names as arrays of UTF-16 code units; strings escaped as ECMAScript's JSON.stringify does (which is exactly
// RFC 8785 section 3.2.2.2); numbers serialised as ECMAScript's Number-to-String (RFC 8785 section 3.2.2.3);
// NaN, Infinity and lone surrogates rejected.

export class CanonicalJsonError extends Error {}

export function canonicalize(value: unknown): string {
  // Fast path: a copy with members inserted in sorted order, serialised by the native JSON.stringify (whose
  // number and string formats are RFC 8785's). JS iterates integer-like member names ("9", "10") first and
  // numerically, so values containing such names take the slow path, which sorts them as strings.
  integerLikeName = false;
  const sorted = prepare(value, '$');
  return integerLikeName ? ser(value, '$') : JSON.stringify(sorted);
}

let integerLikeName = false;
const ARRAY_INDEX = /^(0|[1-9][0-9]{0,9})$/;

function prepare(value: unknown, path: string): unknown {
  if (value === null) return null;
  switch (typeof value) {
    case 'boolean':
      return value;
    case 'number':
      if (!Number.isFinite(value)) throw new CanonicalJsonError(`${path}: ${value} is not a JSON number`);
      return value;
    case 'string':
      if (SURROGATE.test(value) && LONE_SURROGATE.test(value)) throw new CanonicalJsonError(`${path}: string contains a lone surrogate`);
      return value;
    case 'object': {
      if (Array.isArray(value)) {
        const out = new Array(value.length);
        for (let i = 0; i < value.length; i++) {
          if (value[i] === undefined) throw new CanonicalJsonError(`${path}[${i}]: undefined is not JSON`);
          out[i] = prepare(value[i], path);
        }
        return out;
      }
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) {
        throw new CanonicalJsonError(`${path}: a ${proto?.constructor?.name ?? 'non-plain'} object is not JSON`);
      }
      const obj = value as Record<string, unknown>;
      const keys = Object.keys(obj).sort();
      const out: Record<string, unknown> = {};
      for (const k of keys) {
        const v = obj[k];
        if (v === undefined) continue;
        if (ARRAY_INDEX.test(k)) integerLikeName = true;
        if (SURROGATE.test(k) && LONE_SURROGATE.test(k)) throw new CanonicalJsonError(`${path}: member name contains a lone surrogate`);
        out[k] = prepare(v, path);
      }
      return out;
    }
    default:
      throw new CanonicalJsonError(`${path}: a ${typeof value} is not JSON`);
  }
}

function ser(value: unknown, path: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new CanonicalJsonError(`${path}: ${value} is not a JSON number`);
      // ECMAScript Number-to-String is RFC 8785's number format; -0 serialises as 0.
      return JSON.stringify(value);
    case 'string':
      return quote(value, path);
    case 'object': {
      if (Array.isArray(value)) {
        let s = '[';
        for (let i = 0; i < value.length; i++) {
          if (value[i] === undefined) throw new CanonicalJsonError(`${path}[${i}]: undefined is not JSON`);
          s += (i > 0 ? ',' : '') + ser(value[i], path);
        }
        return s + ']';
      }
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) {
        throw new CanonicalJsonError(`${path}: a ${proto?.constructor?.name ?? 'non-plain'} object is not JSON`);
      }
      const obj = value as Record<string, unknown>;
      // Array.prototype.sort without a comparator compares UTF-16 code units, as RFC 8785 requires.
      const keys = Object.keys(obj).sort();
      let s = '{';
      let first = true;
      for (const k of keys) {
        const v = obj[k];
        if (v === undefined) continue;
        s += (first ? '' : ',') + quote(k, path) + ':' + ser(v, path);
        first = false;
      }
      return s + '}';
    }
    default:
      throw new CanonicalJsonError(`${path}: a ${typeof value} is not JSON`);
  }
}

const SURROGATE = /[\ud800-\udfff]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function quote(s: string, path: string): string {
  if (SURROGATE.test(s) && LONE_SURROGATE.test(s)) throw new CanonicalJsonError(`${path}: string contains a lone surrogate`);
  return JSON.stringify(s);
}

function keysSorted(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return true;
  if (Array.isArray(v)) {
    for (const x of v) if (!keysSorted(x)) return false;
    return true;
  }
  const keys = Object.keys(v);
  for (let i = 1; i < keys.length; i++) if (!(keys[i - 1] < keys[i])) return false;
  for (const k of keys) if (!keysSorted((v as Record<string, unknown>)[k])) return false;
  return true;
}

/** True when `line` is exactly the canonical form of the JSON it contains. Returns the parsed value or an error. */
export function parseCanonical(line: string): { value: unknown } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return { error: `not JSON: ${(e as Error).message}` };
  }
  // Fast path: JSON.stringify formats numbers and strings exactly as RFC 8785 does, so when it reproduces the line
  // and every object's members are already in order (and no lone surrogate is escaped), the line is canonical.
  if (JSON.stringify(value) === line && !/\\ud[89a-f]/i.test(line) && keysSorted(value)) return { value };
  let again: string;
  try {
    again = canonicalize(value);
  } catch (e) {
    return { error: (e as Error).message };
  }
  if (again !== line) return { error: 'not in RFC 8785 canonical form' };
  return { value };
}
