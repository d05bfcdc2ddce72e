#!/usr/bin/env node
// Writes server/src/engine/mapping/cfn-schemas.json (facts) and cfn-shapes.json (property shapes) from the
// CloudFormation resource type schemas (the JSON schemas Cloud Control serves; one file per type, as the
// CloudFormation registry or a copy such as hashicorp/terraform-provider-awscc's
// internal/service/cloudformation/schemas holds them).
//
//   node scripts/mapping/cfn-schemas.mjs <directory of *.json schemas>
//
// Per type, only facts are kept (see server/src/engine/mapping/cfnSchemas.ts for the meaning of each key):
//   p  primaryIdentifier property names          w/r/c  write-only / read-only / create-only property paths
//   l  list handler: 0 none, 1 lists without input, 2 needs a ResourceModel
//   g  0 when the type has no read handler (Cloud Control cannot read it: NON_PROVISIONABLE types); absent otherwise
// and in cfn-shapes.json (read only when a comparison needs it: see shapes.ts):
//   s  the shape of each property, d the shapes of the definitions the properties refer to
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/mapping/cfn-schemas.mjs <directory of CloudFormation resource schemas>');
  process.exit(1);
}
const mappingDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../server/src/engine/mapping');
const strip = (p) => p.replace(/^\/properties\//, '');

/** A JSON schema fragment -> a compact shape (documented in shapes.ts). `refs` collects definition names used. */
function shape(p, refs) {
  if (!p || typeof p !== 'object') return '?';
  if (typeof p.$ref === 'string') {
    const m = /^#\/definitions\/(.+)$/.exec(p.$ref);
    if (!m) return '?';
    refs.add(m[1]);
    return { r: m[1] };
  }
  let t = p.type;
  if (Array.isArray(t)) {
    const ts = t.filter((x) => x !== 'null');
    if (ts.includes('object')) return 'j';
    if (ts.includes('array')) return '?';
    t = ts.length === 1 ? ts[0] : ts.includes('string') ? 'string' : ts[0];
  }
  if (t === undefined && (p.oneOf || p.anyOf) && !p.properties) return '?';
  switch (t) {
    case 'string':
      return 's';
    case 'integer':
      return 'i';
    case 'number':
      return 'n';
    case 'boolean':
      return 'b';
    case 'array': {
      const o = { a: shape(p.items, refs) };
      if (p.insertionOrder === false) o.u = 1;
      return o;
    }
  }
  if (t === 'object' || p.properties || p.patternProperties) {
    if (p.properties && Object.keys(p.properties).length) {
      const o = {};
      for (const [k, v] of Object.entries(p.properties)) o[k] = shape(v, refs);
      return { o };
    }
    const pattern = p.patternProperties && Object.values(p.patternProperties)[0];
    if (pattern) return { m: shape(pattern, refs) };
    if (p.additionalProperties && typeof p.additionalProperties === 'object') return { m: shape(p.additionalProperties, refs) };
    return 'j';
  }
  return '?';
}

const facts = {};
const shapes = {};
for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
  const s = JSON.parse(readFileSync(join(dir, f), 'utf8'));
  if (typeof s.typeName !== 'string') continue;
  const e = { p: (s.primaryIdentifier ?? []).map(strip) };
  if (s.writeOnlyProperties?.length) e.w = s.writeOnlyProperties.map(strip);
  if (s.readOnlyProperties?.length) e.r = s.readOnlyProperties.map(strip);
  if (s.createOnlyProperties?.length) e.c = s.createOnlyProperties.map(strip);
  const list = s.handlers?.list;
  e.l = !list ? 0 : list.handlerSchema?.required?.length ? 2 : 1;
  if (!s.handlers?.read) e.g = 0;
  const refs = new Set();
  const sh = { s: {} };
  for (const [k, v] of Object.entries(s.properties ?? {})) sh.s[k] = shape(v, refs);
  const d = {};
  const todo = [...refs];
  while (todo.length) {
    const n = todo.pop();
    if (n in d) continue;
    const more = new Set();
    d[n] = shape(s.definitions?.[n], more);
    for (const x of more) if (!(x in d)) todo.push(x);
  }
  if (Object.keys(d).length) sh.d = Object.fromEntries(Object.keys(d).sort().map((k) => [k, d[k]]));
  facts[s.typeName] = Object.fromEntries(Object.keys(e).sort().map((k) => [k, e[k]]));
  shapes[s.typeName] = sh;
}
const sortedOf = (o) => Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]));
writeFileSync(join(mappingDir, 'cfn-schemas.json'), JSON.stringify(sortedOf(facts)) + '\n');
writeFileSync(join(mappingDir, 'cfn-shapes.json'), JSON.stringify(sortedOf(shapes)) + '\n');
console.log(`${Object.keys(facts).length} types -> ${mappingDir}/cfn-schemas.json, cfn-shapes.json`);
