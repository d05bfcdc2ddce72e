// Builds a ResourceMapping from an aws_* table entry: the names in `same` become property paths by the schema, and
// every attribute (derived or written by hand) gets its property's shape and its Terraform kind, so that the
// comparison, the revert and the import know how to treat values the entry does not describe.
import { cfnFacts } from './cfnSchemas';
import { shapesOf, type TypeShapes } from './shapes';
import { propertyFor } from './naming';
import { isTfBlock, tfArguments, type TfKind } from './tfSchemas';
import type { AttributeMapping, ResourceMapping, TableEntry } from './types';

/**
 * The mapping of a table entry. `problems` collects what does not fit the schemas (a name in `same` with no such
 * property, a property path the schema lacks, an argument the provider does not have): the mapping test requires
 * there be none; at run time such attributes are simply not compared.
 */
export function buildTableMapping(terraformType: string, e: TableEntry, problems: string[] = []): ResourceMapping {
  const facts = cfnFacts(e.cloudType);
  const shapes = shapesOf(e.cloudType);
  const tf = tfArguments(terraformType);
  if (!facts) problems.push(`${terraformType}: ${e.cloudType} is not a Cloud Control type`);
  else if (facts.g === 0) problems.push(`${terraformType}: ${e.cloudType} has no read handler: Cloud Control cannot read it`);
  if (!tf) problems.push(`${terraformType}: not in tf-schemas.json (run scripts/mapping/tf-schema.mjs)`);
  const attributes: Record<string, AttributeMapping> = {};
  const names = new Set([...(e.same ?? []), ...Object.keys(e.attributes ?? {})]);
  for (const name of names) {
    const override = e.attributes?.[name] ?? {};
    let prop = override.prop;
    if (prop === undefined && shapes) prop = propertyFor(name, shapes.properties);
    if (prop === undefined) {
      problems.push(`${terraformType}.${name}: no property of ${e.cloudType} is named ${name}; give its prop`);
      continue;
    }
    if (tf && !(name in tf)) problems.push(`${terraformType}.${name}: the provider has no argument ${name}`);
    const m: AttributeMapping = { ...override, prop };
    fill(m, shapes, tf?.[name], `${terraformType}.${name}`, problems);
    attributes[name] = m;
  }
  let member = e.member;
  if (member) {
    // The element's attributes: property paths relative to an element of the parent's list.
    const prop = member.sgRule ? 'SecurityGroupIngress' : member.prop;
    if (shapes && !member.sgRule && shapes.at(prop) === undefined) problems.push(`${terraformType}: ${e.cloudType} has no property ${prop}`);
    const attrs: Record<string, AttributeMapping> = {};
    for (const [name, am] of Object.entries(member.attributes ?? {})) {
      if (tf && !(name in tf)) problems.push(`${terraformType}.${name}: the provider has no argument ${name}`);
      const m: AttributeMapping = { ...am };
      fill(m, shapes, tf?.[name], `${terraformType}.${name}`, problems, prop);
      attrs[name] = m;
    }
    for (const [p, attr] of Object.entries(member.key ?? {})) {
      if (shapes && shapes.at(`${prop}/${p}`) === undefined) problems.push(`${terraformType}: ${e.cloudType} has no property ${prop}/${p}`);
      const top = attr.split(/[.[]/)[0];
      if (tf && !(top in tf)) problems.push(`${terraformType}.${top}: the provider has no argument ${top}`);
    }
    if (member.value !== undefined && tf && !(member.value in tf)) problems.push(`${terraformType}.${member.value}: the provider has no argument ${member.value}`);
    member = { ...member, ...(member.attributes ? { attributes: attrs } : {}) };
  }
  const tagsAttribute = Object.entries(attributes).find(([n, m]) => n === 'tags' && (m.transform === 'tags' || m.transform === 'tagMap'))?.[0];
  return {
    terraformType,
    cloudType: e.cloudType,
    kind: 'table',
    primaryIdentifier: facts?.p ?? [],
    identifier: e.identifier,
    attributes,
    ...(e.identityAttributes ? { identityAttributes: e.identityAttributes } : {}),
    ...(e.subResource || e.member ? { subResource: true } : {}),
    ...(member ? { member } : {}),
    ...(tagsAttribute ? { tagsAttribute } : {}),
    ...(e.notCompared ? { notCompared: e.notCompared } : {}),
    ...(e.importId ? { importId: e.importId } : {}),
    writeOnly: facts?.w ?? [],
    createOnly: facts?.c ?? [],
  };
}

/** Shape, Terraform kind and the transform the shape implies, for an attribute and its explicit items. */
function fill(m: AttributeMapping, shapes: TypeShapes | undefined, tf: TfKind | undefined, where: string, problems: string[], base = ''): void {
  const full = base && m.prop ? `${base}/${m.prop}` : base || m.prop;
  const shape = shapes?.at(full);
  if (shapes && shape === undefined) problems.push(`${where}: ${shapes.cloudType} has no property ${full}`);
  if (shape !== undefined) m.shape = shape;
  if (tf !== undefined) m.tf = tf;
  if (m.transform === undefined && !m.items && shapes && shape !== undefined) {
    const tfMap = tf === undefined || (typeof tf === 'object' && 'm' in tf);
    if (shapes.isTagList(shape) && tfMap) m.transform = 'tags';
    else if (m.prop.split('/').pop() === 'Tags' && typeof shape === 'object' && 'm' in shape && tfMap) m.transform = 'tagMap';
    else if (shape === 'j' && (tf === 's' || tf === undefined)) m.transform = 'json';
  }
  if (m.items) {
    const args = isTfBlock(tf) ? tf.B : undefined;
    for (const [k, im] of Object.entries(m.items)) {
      const copy: AttributeMapping = { ...im };
      m.items[k] = copy;
      if (args && !(k in args)) problems.push(`${where}.${k}: the provider has no argument ${k} in this block`);
      fill(copy, shapes, args?.[k], `${where}.${k}`, problems, full);
    }
  }
}
