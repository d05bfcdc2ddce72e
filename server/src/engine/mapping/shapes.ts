// Property shapes of the CloudFormation resource types, from their schemas (cfn-shapes.json: per type `s` the shape
// of each property, `d` the shapes of the definitions they refer to), so that values are compared as the schema
// says: lists ordered or not (`insertionOrder`), nested objects property by property, maps key by key, JSON documents
// as documents.
//
// The file (1.2 MB) is read the first time a shape is asked for, not bundled: a process that compares nothing
// (`driftlog --help`, an untrusted workspace) does not pay for it. It lies beside this module in the sources and
// beside the bundles in dist/ (esbuild.mjs copies it).
//
// A shape is one of:
//   's' string, 'i' integer, 'n' number, 'b' boolean,
//   'j' a JSON document (an object with no declared properties, or "object or string"),
//   '?' anything (oneOf/anyOf, unknown),
//   { a: item, u?: 1 }  an array; u = 1 when insertionOrder is false (the order is not significant),
//   { o: {Prop: shape} } an object with declared properties,
//   { m: shape }        a map (patternProperties / additionalProperties): keys are data,
//   { r: 'Name' }       the type's definition Name (resolved through `TypeShapes.resolve`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Shape = 's' | 'i' | 'n' | 'b' | 'j' | '?' | ArrayShape | ObjectShape | MapShape | RefShape;
export interface ArrayShape {
  a: Shape;
  u?: 1;
}
export interface ObjectShape {
  o: Record<string, Shape>;
}
export interface MapShape {
  m: Shape;
}
export interface RefShape {
  r: string;
}

export const isArrayShape = (s: Shape | undefined): s is ArrayShape => typeof s === 'object' && 'a' in s;
export const isObjectShape = (s: Shape | undefined): s is ObjectShape => typeof s === 'object' && 'o' in s;
export const isMapShape = (s: Shape | undefined): s is MapShape => typeof s === 'object' && 'm' in s;
const isRef = (s: Shape | undefined): s is RefShape => typeof s === 'object' && 'r' in s;

/** The shapes of one CloudFormation type. */
export class TypeShapes {
  constructor(
    readonly cloudType: string,
    readonly properties: Record<string, Shape>,
    private readonly definitions: Record<string, Shape>,
  ) {}

  /** A shape with its reference followed (a chain of references that loops ends in '?'). */
  resolve(s: Shape | undefined): Shape | undefined {
    for (let i = 0; i < 16 && isRef(s); i++) s = this.definitions[s.r];
    return isRef(s) ? '?' : s;
  }

  /** The shape of a top-level property. */
  property(name: string): Shape | undefined {
    return Object.prototype.hasOwnProperty.call(this.properties, name) ? this.resolve(this.properties[name]) : undefined;
  }

  /**
   * The shape at a property path (`BucketEncryption/ServerSideEncryptionConfiguration`): through objects by name,
   * through arrays at `*` (or implicitly, so `Rules/Status` is the status of each rule). Undefined when the schema
   * has no such property. The empty path is the resource model itself.
   */
  at(path: string): Shape | undefined {
    let cur: Shape | undefined = { o: this.properties };
    if (path === '') return cur;
    for (const seg of path.split('/')) {
      cur = this.resolve(cur);
      if (isArrayShape(cur)) {
        cur = this.resolve(cur.a);
        if (seg === '*') continue;
      }
      if (isObjectShape(cur)) cur = Object.prototype.hasOwnProperty.call(cur.o, seg) ? cur.o[seg] : undefined;
      else if (isMapShape(cur)) cur = cur.m;
      else if (cur === 'j' || cur === '?') return cur;
      else return undefined;
      if (cur === undefined) return undefined;
    }
    return this.resolve(cur);
  }

  /**
   * Where a resource model does not fit the schema: a property the schema does not declare, a value of the wrong
   * type. Empty when it fits. (Used to check that test documents look like what Cloud Control returns.)
   */
  problems(model: Record<string, unknown>): string[] {
    const out: string[] = [];
    this.check(model, { o: this.properties }, '', out);
    return out;
  }

  private check(v: unknown, shape: Shape | undefined, path: string, out: string[]): void {
    const s = this.resolve(shape);
    const where = path || '(model)';
    if (v === null || v === undefined || s === undefined || s === '?' || s === 'j') return;
    const isObjV = typeof v === 'object' && !Array.isArray(v);
    if (s === 's') {
      if (typeof v !== 'string') out.push(`${where}: a string in the schema, ${JSON.stringify(v)} here`);
    } else if (s === 'i' || s === 'n') {
      if (typeof v !== 'number' || (s === 'i' && !Number.isInteger(v))) out.push(`${where}: ${s === 'i' ? 'an integer' : 'a number'} in the schema, ${JSON.stringify(v)} here`);
    } else if (s === 'b') {
      if (typeof v !== 'boolean') out.push(`${where}: a boolean in the schema, ${JSON.stringify(v)} here`);
    } else if (isArrayShape(s)) {
      if (!Array.isArray(v)) out.push(`${where}: a list in the schema, ${JSON.stringify(v)} here`);
      else v.forEach((x, i) => this.check(x, s.a, `${path}[${i}]`, out));
    } else if (isObjectShape(s)) {
      if (!isObjV) out.push(`${where}: an object in the schema, ${JSON.stringify(v)} here`);
      else
        for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
          if (!Object.prototype.hasOwnProperty.call(s.o, k)) out.push(`${path ? `${path}/` : ''}${k}: not a property of ${this.cloudType}${path ? ` at ${path}` : ''}`);
          else this.check(x, s.o[k], path ? `${path}/${k}` : k, out);
        }
    } else if (isMapShape(s)) {
      if (!isObjV) out.push(`${where}: a map in the schema, ${JSON.stringify(v)} here`);
      else for (const [k, x] of Object.entries(v as Record<string, unknown>)) this.check(x, s.m, `${path}/${k}`, out);
    }
  }

  /** True for a list of `{Key, Value}` objects: CloudFormation's usual form of tags. */
  isTagList(s: Shape | undefined): boolean {
    const r = this.resolve(s);
    if (!isArrayShape(r)) return false;
    const item = this.resolve(r.a);
    return isObjectShape(item) && 'Key' in item.o && 'Value' in item.o;
  }
}

interface ShapeFile {
  [cloudType: string]: { s: Record<string, Shape>; d?: Record<string, Shape> };
}

let file: ShapeFile | undefined;
const cache = new Map<string, TypeShapes | undefined>();

function load(): ShapeFile {
  if (!file) {
    const path = join(__dirname, 'cfn-shapes.json');
    try {
      file = JSON.parse(readFileSync(path, 'utf8')) as ShapeFile;
    } catch (err) {
      throw new Error(`Driftlog's schema data ${path} cannot be read (${err instanceof Error ? err.message : String(err)}): reinstall Driftlog`);
    }
  }
  return file;
}

/** The shapes of a CloudFormation type, or undefined when the type is not known. */
export function shapesOf(cloudType: string): TypeShapes | undefined {
  if (cache.has(cloudType)) return cache.get(cloudType);
  const all = load();
  const e = Object.prototype.hasOwnProperty.call(all, cloudType) ? all[cloudType] : undefined;
  const t = e ? new TypeShapes(cloudType, e.s, e.d ?? {}) : undefined;
  cache.set(cloudType, t);
  return t;
}
