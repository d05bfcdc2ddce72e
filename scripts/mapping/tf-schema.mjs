#!/usr/bin/env node
// Writes server/src/engine/mapping/tf-schemas.json: the Terraform AWS provider's argument names and kinds for the
// aws_* types Driftlog maps, read from the generated bindings of the @cdktf/provider-aws npm package (its
// lib/<resource>/index.d.ts names each argument with its Terraform name and type; its index.js says which
// collections are sets).
//
//   npm pack @cdktf/provider-aws && tar xzf cdktf-provider-aws-*.tgz
//   node scripts/mapping/tf-schema.mjs package/lib                  the types already in the file, refreshed
//   node scripts/mapping/tf-schema.mjs package/lib --add=aws_x,aws_y  and these (a type being added to the table)
//   node scripts/mapping/tf-schema.mjs package/lib --types=$(npx tsx scripts/mapping/table-types.ts)
//                                                                    exactly the table's types
//   node scripts/mapping/tf-schema.mjs package/lib --all             every resource type of the provider
//
// Kinds: "s" string, "n" number, "b" bool, "a" any (dynamic); {"l": k} list, {"S": k} set, {"m": k} map;
// nested blocks {"B": {name: kind}, "one": 1 when at most one block, "set": 1 when the blocks form a set}.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const libDir = args.find((a) => !a.startsWith('--'));
if (!libDir || !existsSync(libDir)) {
  console.error('usage: node scripts/mapping/tf-schema.mjs <@cdktf/provider-aws package>/lib [--all | --types=t1,t2 | --add=t1,t2]');
  process.exit(1);
}
const all = args.includes('--all');
const typesArg = args.find((a) => a.startsWith('--types='));
const out = resolve(here, '../../server/src/engine/mapping/tf-schemas.json');

/** interface name -> { tfName: tsType } from a .d.ts file. */
function interfaces(dts) {
  const res = new Map();
  const re = /export interface (\w+)(?: extends [\w.]+)? \{([\s\S]*?)\n\}/g;
  let m;
  while ((m = re.exec(dts))) {
    const props = {};
    const body = m[2];
    const pre = /\{@link https:\/\/registry\.terraform\.io\/[^#}]*#([a-z0-9_]+) [^}]*\}(?:(?!\*\/)[\s\S])*\*\/\s*readonly \w+\??: (\{[^}]*\}(?: \| cdktf\.IResolvable)?|[^;]+);/g;
    let p;
    while ((p = pre.exec(body))) props[p[1]] = p[2].trim();
    res.set(m[1], props);
  }
  return res;
}

/** function base name (`RouteTableRoute`) -> { tfName: hcl collection type } from index.js. */
function hclTypes(js) {
  const res = new Map();
  const fre = /function (\w+)ToHclTerraform\(struct\) \{([\s\S]*?)\n\}/g;
  const attrRe = /\n\s*([a-z0-9_]+): \{\s*value: [^\n]*,\s*isBlock: (?:true|false),\s*type: "(\w+)",/g;
  let m;
  while ((m = fre.exec(js))) {
    const t = {};
    let a;
    while ((a = attrRe.exec(m[2]))) t[a[1]] = a[2];
    res.set(m[1][0].toUpperCase() + m[1].slice(1), t);
  }
  const cls = /synthesizeHclAttributes\(\) \{([\s\S]*?)\n    \}/.exec(js);
  if (cls) {
    const t = {};
    let a;
    while ((a = attrRe.exec(cls[1]))) t[a[1]] = a[2];
    res.set('$config', t);
  }
  return res;
}

function scalar(ts) {
  if (ts === 'string') return 's';
  if (ts === 'number') return 'n';
  if (ts === 'boolean' || ts === 'boolean | cdktf.IResolvable') return 'b';
  return undefined;
}

function kindOf(ts, hcl, ifaces, hclMap, depth) {
  ts = ts.replace(/\s+/g, ' ');
  const sc = scalar(ts);
  if (sc) return sc;
  if (ts === 'any') return 'a';
  const mapM = /^\{ \[key: string\]: (\w+)(?: \| cdktf\.IResolvable)?; \}(?: \| cdktf\.IResolvable)?$/.exec(ts);
  if (mapM) return { m: scalar(mapM[1]) ?? 'a' };
  const listM = /^(\w+)\[\](?: \| cdktf\.IResolvable)?$/.exec(ts);
  if (listM && scalar(listM[1])) return hcl === 'set' ? { S: scalar(listM[1]) } : { l: scalar(listM[1]) };
  const nested = listM ? listM[1] : /^(\w+)(?: \| cdktf\.IResolvable)?$/.exec(ts)?.[1];
  if (nested && ifaces.has(nested) && depth < 12) {
    const block = { B: attrsOf(nested, ifaces, hclMap, depth + 1) };
    if (!listM) block.one = 1;
    if (hcl === 'set') block.set = 1;
    return block;
  }
  return 'a';
}

const isTfTimeouts = (ts) => /Timeouts\b/.test(ts);

function attrsOf(iface, ifaces, hclMap, depth) {
  const props = ifaces.get(iface) ?? {};
  const hcl = hclMap.get(depth === 0 && hclMap.has('$config') ? '$config' : iface) ?? {};
  const o = {};
  for (const [name, ts] of Object.entries(props)) {
    // Meta-arguments of the resource itself (a nested block's `id` or `region` is an argument like any other).
    if (depth === 0 && (name === 'timeouts' || name === 'id' || name === 'region' || name === 'tags_all')) continue;
    if (name === 'timeouts' && isTfTimeouts(ts)) continue;
    o[name] = kindOf(ts, hcl[name], ifaces, hclMap, depth);
  }
  return o;
}

const addArg = args.find((a) => a.startsWith('--add='));
let wanted;
if (typesArg) wanted = new Set(typesArg.slice('--types='.length).split(',').filter(Boolean));
else if (!all) {
  const prev = existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : {};
  wanted = new Set([...Object.keys(prev), ...(addArg ? addArg.slice('--add='.length).split(',').filter(Boolean) : [])]);
}
const result = {};
for (const dir of readdirSync(libDir).sort()) {
  const js = join(libDir, dir, 'index.js');
  const dts = join(libDir, dir, 'index.d.ts');
  if (!existsSync(js) || !existsSync(dts)) continue;
  const jsText = readFileSync(js, 'utf8');
  const tf = /\.tfResourceType = "(aws_[a-z0-9_]+)";/.exec(jsText)?.[1];
  if (!tf || /^\s*\* Represents a \{@link [^}]*\/data-sources\//m.test(jsText)) continue;
  if (dir.startsWith('data-aws-')) continue;
  if (wanted && !wanted.has(tf)) continue;
  const ifaces = interfaces(readFileSync(dts, 'utf8'));
  const dtsText = readFileSync(dts, 'utf8');
  // The resource's own arguments: the interface that extends the meta-arguments (`...Config`, `...ConfigA` when the
  // name is taken).
  const configName = [...ifaces.keys()].find((n) => dtsText.includes(`export interface ${n} extends cdktf.TerraformMetaArguments`));
  if (!configName) continue;
  result[tf] = attrsOf(configName, ifaces, hclTypes(jsText), 0);
}
const sorted = Object.fromEntries(Object.keys(result).sort().map((k) => [k, result[k]]));
writeFileSync(out, JSON.stringify(sorted) + '\n');
console.log(`${Object.keys(sorted).length} types -> ${out} (${JSON.stringify(sorted).length} bytes)`);
