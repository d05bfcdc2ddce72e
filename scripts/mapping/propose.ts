// Proposes a table entry for an aws_* type and shows what the schemas say, to start a mapping from:
//
//   npx tsx scripts/mapping/propose.ts aws_route_table_association AWS::EC2::SubnetRouteTableAssociation
//
// Prints the Terraform arguments (tf-schemas.json) and the CloudFormation properties (cfn-shapes.json, with the
// primary identifier and the read-only / write-only / create-only ones), the arguments that match a property by
// name (`same`), those that do not, and a draft entry. Nothing is written: review the draft against the provider's
// documentation (what the id holds, defaults, enums AWS normalises) before putting it in mapping/aws/.
import { cfnFacts } from '../../server/src/engine/mapping/cfnSchemas';
import { propertyFor, snakeCase } from '../../server/src/engine/mapping/naming';
import { shapesOf, type Shape, type TypeShapes } from '../../server/src/engine/mapping/shapes';
import { tfArguments, type TfKind } from '../../server/src/engine/mapping/tfSchemas';

const [tfType, cloudType] = process.argv.slice(2);
if (!tfType || !cloudType) {
  console.error('usage: npx tsx scripts/mapping/propose.ts <aws_type> <AWS::Service::Type>');
  process.exit(1);
}
const facts = cfnFacts(cloudType);
const shapes = shapesOf(cloudType);
const args = tfArguments(tfType);
if (!facts || !shapes) {
  console.error(`${cloudType} is not a Cloud Control type (not in cfn-schemas.json)`);
  process.exit(1);
}
if (!args) {
  console.error(`${tfType} is not in tf-schemas.json`);
  process.exit(1);
}

function showShape(s: Shape | undefined, t: TypeShapes, depth = 0): string {
  const r = t.resolve(s);
  if (r === undefined) return '?';
  if (typeof r === 'string') return { s: 'string', i: 'integer', n: 'number', b: 'boolean', j: 'json', '?': 'any' }[r] ?? r;
  if ('a' in r) return `${r.u ? 'set' : 'list'}<${showShape(r.a, t, depth)}>`;
  if ('m' in r) return `map<${showShape(r.m, t, depth)}>`;
  if ('o' in r) {
    if (depth >= 2) return `{${Object.keys(r.o).join(', ')}}`;
    return `{ ${Object.entries(r.o).map(([k, v]) => `${k}: ${showShape(v, t, depth + 1)}`).join(', ')} }`;
  }
  return JSON.stringify(r);
}

function showKind(k: TfKind): string {
  if (typeof k === 'string') return { s: 'string', n: 'number', b: 'bool', a: 'any' }[k];
  if ('l' in k) return `list(${showKind(k.l)})`;
  if ('S' in k) return `set(${showKind(k.S)})`;
  if ('m' in k) return `map(${showKind(k.m)})`;
  return `block${k.one ? '(max 1)' : k.set ? ' set' : ' list'} { ${Object.entries(k.B).map(([n, v]) => `${n}: ${showKind(v)}`).join(', ')} }`;
}

const ro = new Set(facts.r ?? []);
console.log(`${cloudType}: primaryIdentifier ${facts.p.join('|')}; list handler ${['none', 'full', 'needs a model'][facts.l]}`);
console.log(`  read-only:   ${(facts.r ?? []).join(', ') || '-'}`);
console.log(`  write-only:  ${(facts.w ?? []).join(', ') || '-'}`);
console.log(`  create-only: ${(facts.c ?? []).join(', ') || '-'}`);
console.log(`\nproperties:`);
for (const [k, v] of Object.entries(shapes.properties)) console.log(`  ${k}${ro.has(k) ? ' (read-only)' : ''}: ${showShape(v, shapes)}`);
console.log(`\n${tfType} arguments:`);
const same: string[] = [];
const unmatched: string[] = [];
for (const [name, kind] of Object.entries(args)) {
  const p = propertyFor(name, shapes.properties);
  const note = p ? (ro.has(p) ? `  -> ${p} (READ-ONLY: not comparable)` : `  -> ${p}`) : '  (no property of that name)';
  console.log(`  ${name}: ${showKind(kind)}${note}`);
  if (p && !ro.has(p)) same.push(name);
  else unmatched.push(name);
}
const props = Object.keys(shapes.properties).filter((p) => !ro.has(p) && !Object.keys(args).some((a) => snakeCase(p) === a));
console.log(`\nwritable properties no argument matches by name: ${props.join(', ') || '-'}`);
console.log(`arguments no property matches by name: ${unmatched.join(', ') || '-'}`);
const idGuess = facts.p.map((p) => {
  const a = Object.keys(args).find((x) => snakeCase(p) === x);
  return a ? `{ attr: '${a}' }` : `{ id: true }`;
});
console.log(`\ndraft entry (check what the state's id holds: the provider documentation's Import section says):
  ${tfType}: {
    cloudType: '${cloudType}',
    identifier: { state: [${idGuess.join(', ')}] },
    same: [${same.map((s) => `'${s}'`).join(', ')}],
  },`);
