// RFC 8785 (JSON Canonicalization Scheme) serialisation, and the check that a text is canonical.
//
// Written here rather than taken from the `canonicalize` package because that package is ESM-only and cannot be
// loaded by the CommonJS bundles and the test runner. The rules: no whitespace; object members sorted by their
// names as arrays of UTF-16 code units; strings escaped as ECMAScript's JSON.stringify does (which is exactly
// RFC 8785 section 3.2.2.2); numbers serialised as ECMAScript's Number-to-String (RFC 8785 section 3.2.2.3);
// NaN, Infinity and lone surrogates rejected.

export class CanonicalJsonError extends Error {}

export function canonicalize(value: unknown): string {
  const out: string[] = [];
  write(value, out, '$');
  return out.join('');
}

function write(value: unknown, out: string[], path: string): void {
  if (value === null) {
    out.push('null');
    return;
  }
  switch (typeof value) {
    case 'boolean':
      out.push(value ? 'true' : 'false');
      return;
    case 'number':
      if (!Number.isFinite(value)) throw new CanonicalJsonError(`${path}: ${value} is not a JSON number`);
      // ECMAScript Number-to-String is RFC 8785's number format; -0 serialises as 0.
      out.push(JSON.stringify(value));
      return;
    case 'string':
      out.push(quote(value, path));
      return;
    case 'object': {
      if (Array.isArray(value)) {
        out.push('[');
        for (let i = 0; i < value.length; i++) {
          if (i > 0) out.push(',');
          if (value[i] === undefined) throw new CanonicalJsonError(`${path}[${i}]: undefined is not JSON`);
          write(value[i], out, `${path}[${i}]`);
        }
        out.push(']');
        return;
      }
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) {
        throw new CanonicalJsonError(`${path}: a ${proto?.constructor?.name ?? 'non-plain'} object is not JSON`);
      }
      const obj = value as Record<string, unknown>;
      // Array.prototype.sort without a comparator compares UTF-16 code units, as RFC 8785 requires.
      const keys = Object.keys(obj)
        .filter((k) => obj[k] !== undefined)
        .sort();
      out.push('{');
      for (let i = 0; i < keys.length; i++) {
        if (i > 0) out.push(',');
        out.push(quote(keys[i], path), ':');
        write(obj[keys[i]], out, `${path}.${keys[i]}`);
      }
      out.push('}');
      return;
    }
    default:
      throw new CanonicalJsonError(`${path}: a ${typeof value} is not JSON`);
  }
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function quote(s: string, path: string): string {
  if (LONE_SURROGATE.test(s)) throw new CanonicalJsonError(`${path}: string contains a lone surrogate`);
  return JSON.stringify(s);
}

/** True when `line` is exactly the canonical form of the JSON it contains. Returns the parsed value or an error. */
export function parseCanonical(line: string): { value: unknown } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return { error: `not JSON: ${(e as Error).message}` };
  }
  let again: string;
  try {
    again = canonicalize(value);
  } catch (e) {
    return { error: (e as Error).message };
  }
  if (again !== line) return { error: 'not in RFC 8785 canonical form' };
  return { value };
}
