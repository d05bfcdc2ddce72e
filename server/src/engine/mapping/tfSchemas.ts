// The Terraform AWS provider's arguments of the aws_* types Driftlog maps (tf-schemas.json): each argument's name
// and kind, so that a Terraform set is compared unordered and a nested block known for what it is.
//
// Kinds: 's' string, 'n' number, 'b' bool, 'a' any (a dynamic value); { l: k } list, { S: k } set, { m: k } map;
// a nested block { B: {argument: kind}, one?: 1 (at most one block), set?: 1 (the blocks form a set) }.
//
// Provenance: the argument names and types of hashicorp/aws 6.25.0, as the generated bindings of the
// @cdktf/provider-aws npm package (21.22.1) spell them. To refresh: `node scripts/mapping/tf-schema.mjs <package>/lib`
// (it rewrites the types already listed; `--add=aws_x` adds one).
import data from './tf-schemas.json';

export type TfKind = 's' | 'n' | 'b' | 'a' | { l: TfKind } | { S: TfKind } | { m: TfKind } | TfBlock;
export interface TfBlock {
  B: Record<string, TfKind>;
  one?: 1;
  set?: 1;
}

const SCHEMAS = data as unknown as Record<string, Record<string, TfKind>>;

export const isTfBlock = (k: TfKind | undefined): k is TfBlock => typeof k === 'object' && 'B' in k;

/** The arguments of a Terraform type, or undefined when tf-schemas.json does not hold the type. */
export function tfArguments(terraformType: string): Record<string, TfKind> | undefined {
  return Object.prototype.hasOwnProperty.call(SCHEMAS, terraformType) ? SCHEMAS[terraformType] : undefined;
}

/** True when the kind is an unordered collection: a set of values or a set of blocks. */
export function isTfSet(k: TfKind | undefined): boolean {
  return typeof k === 'object' && ('S' in k || ('B' in k && k.set === 1));
}

/** The kind of the elements of a collection (the block's arguments for a block). */
export function tfElement(k: TfKind | undefined): TfKind | undefined {
  if (typeof k !== 'object') return undefined;
  if ('l' in k) return k.l;
  if ('S' in k) return k.S;
  if ('m' in k) return k.m;
  return undefined;
}

export function tfTypes(): string[] {
  return Object.keys(SCHEMAS);
}
