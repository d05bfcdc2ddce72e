// "Add import block" (Terraform 1.5+): for a resource the configuration declares but the state does not know
// (`not_in_state`), an `import { to, id }` block before the resource; for a live resource nothing claims
// (`unmanaged`), an import block and a resource block holding the live values of the mapped attributes, appended to
// a file the caller names.
//
// The import `id` is Terraform's import ID for the type, built from the Cloud Control identifier by running the
// mapping's identifier rule backwards (`PolicyName|RoleName` -> `role:policy` for aws_iam_role_policy), with
// overrides where Terraform's import ID is something else again (aws_ecs_service: `cluster/service`).

import { readFileSync } from 'node:fs';
import { cfnFacts } from '../mapping/cfnSchemas';
import { mappingFor } from '../mapping/index';
import { awsccAttributeName, snakeCase } from '../mapping/naming';
import type { AttributeMapping, ResourceMapping } from '../mapping/types';
import { shapesOf, type TypeShapes } from '../mapping/shapes';
import { isTfBlock, type TfKind } from '../mapping/tfSchemas';
import { liveAsTerraform } from '../compare/shaped';
import { traversalText } from '../hcl/values';
import type { ResourceInfo } from '../index/model';
import type { JsonValue, ResourceResult } from '../scan/types';
import { renderBlock, renderValue, quote, type BlockShape } from './render';
import { eolOf, indentUnit, lineStartAt, makeEdit, parseCached, withEol } from './text';
import { refuse, type EditResult, type TextEdit } from './types';

// ---------------------------------------------------------------------------------------------------------------
// Import IDs

/** Types whose Terraform import ID is not given by the identifier rule: from the identifier parts (schema order). */
const IMPORT_ID_OVERRIDES: Record<string, (parts: string[]) => string | undefined> = {
  // Primary identifier ServiceArn|Cluster; Terraform imports `cluster-name/service-name`.
  aws_ecs_service: ([arn, cluster]) => {
    const m = /:service\/(?:([^/]+)\/)?([^/]+)$/.exec(arn ?? '');
    if (!m) return undefined;
    const clusterName = m[1] ?? (cluster ?? '').replace(/^.*:cluster\//, '');
    return clusterName ? `${clusterName}/${m[2]}` : undefined;
  },
};

export interface ImportId {
  id: string;
  /** True where the mapping's rule is Terraform's documented import ID for the type; false: a best guess to check. */
  exact: boolean;
}

/**
 * Terraform's import ID for a resource of `terraformType` whose Cloud Control identifier is `identifier` (compound
 * parts joined with `|` in the schema's primaryIdentifier order). Undefined when the type has no mapping.
 */
export function importIdFor(terraformType: string, identifier: string, values: ImportValues = {}): ImportId | undefined {
  const mapping = mappingFor(terraformType);
  if (!mapping) return undefined;
  const parts = identifier.split('|');
  if (mapping.importId) {
    const id = fillTemplate(mapping.importId, parts, values);
    return id === undefined ? { id: identifier, exact: false } : { id, exact: true };
  }
  const override = IMPORT_ID_OVERRIDES[terraformType];
  if (override) {
    const id = override(parts);
    return id === undefined ? undefined : { id, exact: true };
  }
  if (mapping.kind === 'generic') return { id: identifier, exact: true };
  const rule = mapping.identifier.state;
  if (rule.length !== parts.length) return { id: identifier, exact: false };
  const idPieces: string[] = [];
  let sep: string | undefined;
  let whole: string | undefined;
  const attrs: string[] = [];
  rule.forEach((p, i) => {
    if ('const' in p) return;
    if ('attr' in p) attrs.push(parts[i]);
    else if (p.split !== undefined) {
      sep = p.split;
      idPieces[p.index ?? 0] = parts[i];
    } else whole = parts[i];
  });
  if (whole !== undefined) return { id: whole, exact: true };
  // Every piece of the id must be known (an identifier that takes pieces 2 and 1 of three cannot give piece 0 back).
  if (sep !== undefined && idPieces.length > 0 && Array.from(idPieces, (x) => x !== undefined).every(Boolean)) return { id: idPieces.join(sep), exact: true };
  if (attrs.length === 1) return { id: attrs[0], exact: true };
  return { id: identifier, exact: false };
}

/** What an import ID template may name: Terraform attribute values (the code's, or read back from the live resource) and the live properties. */
export interface ImportValues {
  attrs?: Record<string, JsonValue>;
  live?: Record<string, JsonValue>;
}

/**
 * `{role}/{policy_arn}` filled in: `{0}`, `{1}` the Cloud Control identifier's parts, `{Name}` (a capital first) a live
 * property, `{name}` a Terraform attribute. Undefined when one of them is not known.
 */
function fillTemplate(template: string, parts: string[], values: ImportValues): string | undefined {
  let missing = false;
  const out = template.replace(/\{([A-Za-z0-9_.[\]]+)\}/g, (_m, key: string) => {
    const v = /^\d+$/.test(key) ? parts[Number(key)] : /^[A-Z]/.test(key) ? values.live?.[key] : at(values.attrs, key);
    if (typeof v !== 'string' && typeof v !== 'number') {
      missing = true;
      return '';
    }
    return String(v);
  });
  return missing ? undefined : out;
}

/** A Terraform attribute's value, or a path into a block's (`customer_managed_policy_reference[0].name`). */
function at(attrs: Record<string, JsonValue> | undefined, path: string): JsonValue | undefined {
  let v: JsonValue | undefined = attrs;
  for (const m of path.matchAll(/([A-Za-z0-9_]+)|\[(\d+)\]/g)) {
    if (m[1] !== undefined) v = v !== null && typeof v === 'object' && !Array.isArray(v) ? v[m[1]] : undefined;
    else v = Array.isArray(v) ? v[Number(m[2])] : undefined;
  }
  return v;
}

/** The `import` block text (`\n` line endings, no final newline). */
export function importBlockText(to: string, id: string, indent = '', unit = '  '): string {
  return [`${indent}import {`, `${indent}${unit}to = ${to}`, `${indent}${unit}id = ${quote(id)}`, `${indent}}`].join('\n');
}

const ADDRESS_RE = /^(module\.[A-Za-z_][A-Za-z0-9_-]*(\[(\d+|"(?:[^"\\]|\\.)*")\])?\.)*[A-Za-z_][A-Za-z0-9_-]*\.[A-Za-z_][A-Za-z0-9_-]*(\[(\d+|"(?:[^"\\]|\\.)*")\])?$/;

/** True when `a` is a managed resource (instance) address an import block's `to` accepts. */
export function isImportAddress(a: string): boolean {
  return ADDRESS_RE.test(a) && !a.startsWith('data.');
}

function readOr(file: string, readText?: (f: string) => string | undefined): string | undefined {
  const t = readText?.(file);
  if (t !== undefined) return t;
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** The `to` addresses of the import blocks of a file. */
function importTargets(file: string, text: string): Set<string> {
  const out = new Set<string>();
  for (const b of parseCached(file, text).body.blocks) {
    if (b.type !== 'import') continue;
    const to = b.body.attributes.find((a) => a.name === 'to')?.expr;
    if (to?.kind === 'traversal') out.add(traversalText(to.root, to.steps));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// not_in_state

export interface NotInStateImportInput {
  /** The resource's config block. */
  resource: Pick<ResourceInfo, 'file' | 'type' | 'name'>;
  /** The scan result (status not_in_state): its address and Cloud Control identifier. */
  result: Pick<ResourceResult, 'address' | 'identifier' | 'type'>;
  /**
   * Where to write the import block when the resource is in a child module (Terraform accepts import blocks only in
   * the root module): a file of the root module. Without it such a resource is refused.
   */
  rootFile?: string;
  readText?: (file: string) => string | undefined;
  /** The values the code gives the resource's attributes (for import IDs that name them: `role/policy_arn`). */
  values?: Record<string, JsonValue>;
}

export function importForNotInState(input: NotInStateImportInput): EditResult {
  const { result } = input;
  if (!isImportAddress(result.address)) return refuse(`${result.address} is not an address an import block can name`);
  if (!result.identifier) return refuse(`the identifier of ${result.address} is not known (it is not set in the code): write the import block by hand`);
  const imp = importIdFor(result.type, result.identifier, { attrs: input.values });
  if (!imp) return refuse(`${result.type} has no mapping: its import ID is not known`);
  const inModule = result.address.startsWith('module.');
  const file = inModule ? input.rootFile : input.resource.file;
  if (!file) return refuse(`${result.address} is in a child module: import blocks go in the root module, name a root module file`);
  if (file.endsWith('.json')) return refuse(`${file} is in JSON syntax: write the import block by hand`);
  const text = readOr(file, input.readText);
  if (text === undefined && !inModule) return refuse(`cannot read ${file}`);
  const note = imp.exact ? '' : ' (check the import ID)';
  if (text !== undefined && importTargets(file, text).has(result.address)) return refuse(`${file} already has an import block for ${result.address}`);
  if (inModule) return { ok: true, title: `Add import block for ${result.address}${note}`, edits: [appendTo(file, text, importBlockText(result.address, imp.id))] };
  const parsed = parseCached(file, text!);
  if (parsed.error) return refuse(`${file} has a syntax error (${parsed.error}): fix it first`);
  const block = parsed.body.blocks.find((b) => b.type === 'resource' && b.labels[0] === input.resource.type && b.labels[1] === input.resource.name);
  if (!block) return refuse(`resource "${input.resource.type}" "${input.resource.name}" is no longer in ${file}`);
  // Before the block and the comment lines right above it.
  let at = lineStartAt(text!, block.start);
  while (at > 0) {
    const prev = lineStartAt(text!, at - 1);
    const line = text!.slice(prev, at).trim();
    if (!(line.startsWith('#') || line.startsWith('//'))) break;
    at = prev;
  }
  const unit = indentUnit(text!);
  const ind = text!.slice(lineStartAt(text!, block.start), block.start);
  const eol = eolOf(text!);
  const newText = withEol(importBlockText(result.address, imp.id, /^[ \t]*$/.test(ind) ? ind : '', unit) + '\n\n', eol);
  return { ok: true, title: `Add import block for ${result.address}${note}`, edits: [makeEdit(file, text!, at, at, newText)] };
}

function appendTo(file: string, text: string | undefined, content: string): TextEdit {
  if (text === undefined) return { file, start: { line: 0, character: 0 }, end: { line: 0, character: 0 }, newText: content + '\n', createFile: true };
  const eol = eolOf(text);
  const sep = text === '' ? '' : text.endsWith('\n\n') || text.endsWith('\r\n\r\n') ? '' : text.endsWith('\n') ? '\n' : '\n\n';
  return makeEdit(file, text, text.length, text.length, withEol(sep + content + '\n', eol));
}

// ---------------------------------------------------------------------------------------------------------------
// unmanaged

export interface UnmanagedImportInput {
  /** The scan result (status unmanaged): its type, Cloud Control type and identifier. */
  result: Pick<ResourceResult, 'type' | 'identifier' | 'cloudType'>;
  /** The live resource's properties (GetResource's ResourceModel, parsed). */
  liveProperties: Record<string, unknown>;
  /** The file to append to (`imports.tf` of the root module): created when it does not exist. */
  file: string;
  /** `type.name` addresses already declared in the root module, so the new name does not clash. */
  existingAddresses?: Iterable<string>;
  readText?: (file: string) => string | undefined;
}

export function importUnmanaged(input: UnmanagedImportInput): EditResult {
  const { result } = input;
  if (!result.identifier) return refuse('the live resource has no identifier');
  const mapping = mappingFor(result.type);
  if (!mapping) return refuse(`${result.type} has no mapping: write the resource block by hand`);
  if (mapping.subResource) return refuse(`${result.type} manages part of ${mapping.cloudType}: import the parent resource instead`);
  const live = input.liveProperties as Record<string, JsonValue>;
  const values = liveToTerraform(mapping, live, result.identifier);
  const imp = importIdFor(result.type, result.identifier, { attrs: values.attrs, live });
  if (!imp) return refuse(`the import ID of ${result.identifier} is not known`);
  if (input.file.endsWith('.json')) return refuse(`${input.file} is in JSON syntax: name a .tf file`);
  const text = readOr(input.file, input.readText);
  const taken = new Set(input.existingAddresses ?? []);
  if (text !== undefined) {
    for (const b of parseCached(input.file, text).body.blocks) if (b.type === 'resource' && b.labels.length === 2) taken.add(`${b.labels[0]}.${b.labels[1]}`);
  }
  let name = resourceName(values.attrs, result.identifier);
  for (let i = 2; taken.has(`${result.type}.${name}`); i++) name = `${resourceName(values.attrs, result.identifier)}_${i}`;
  const address = `${result.type}.${name}`;
  const unit = text !== undefined && text.trim() !== '' ? indentUnit(text) : '  ';
  const exprs: Record<string, (indent: string) => string> = {};
  for (const k of values.json) {
    const doc = values.attrs[k];
    exprs[k] = (indent) => `jsonencode(${renderValue(doc, { indent, unit })})`;
  }
  const content = [importBlockText(address, imp.id, '', unit), '', ...renderBlock('resource', [result.type, name], values.attrs, '', unit, values.blocks, exprs)].join('\n');
  const note = imp.exact ? '' : ' (check the import ID)';
  return { ok: true, title: `Import ${result.identifier} as ${address}${note}`, edits: [appendTo(input.file, text, content)] };
}

const isObj = (v: unknown): v is Record<string, JsonValue> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isEmpty = (v: JsonValue | undefined): boolean =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0) || (isObj(v) && Object.keys(v).length === 0);

/** A Terraform name from the Name tag, else the identifier's last part: `arn:...:role/app-role` -> `app_role`. */
export function resourceName(attrs: Record<string, JsonValue>, identifier: string): string {
  const tags = attrs.tags;
  const fromTag = isObj(tags) && typeof tags.Name === 'string' ? tags.Name : undefined;
  const base = fromTag ?? identifier.split('|')[0].split(/[/:]/).filter(Boolean).pop() ?? identifier;
  let n = base.toLowerCase().replace(/[^a-z0-9_]+/g, '_').replace(/_+/g, '_').replace(/^_|_$/g, '');
  if (!n) n = 'imported';
  if (!/^[a-z_]/.test(n)) n = `r_${n}`;
  return n.slice(0, 64);
}

interface TerraformValues {
  attrs: Record<string, JsonValue>;
  /** Keys written as nested blocks. */
  blocks: BlockShape;
  /** Keys holding a JSON document, written with jsonencode(). */
  json: string[];
}

/** The value at a property path; the empty path is the resource model itself. */
function getPath(o: JsonValue | undefined, prop: string): JsonValue | undefined {
  let v: JsonValue | undefined = o;
  if (prop === '') return v;
  for (const seg of prop.split('/')) {
    if (!isObj(v)) return undefined;
    v = v[seg];
  }
  return v;
}

function covered(prop: string, patterns: string[]): boolean {
  const segs = prop.split('/');
  return patterns.some((p) => {
    const ps = p.replace(/^\/properties\//, '').split('/');
    return ps.length <= segs.length && ps.every((s, i) => s === '*' || s === segs[i]);
  });
}

/** Cloud Control properties -> Terraform attributes: the mapping's transforms run backwards. */
export function liveToTerraform(mapping: ResourceMapping, live: Record<string, JsonValue>, identifier: string): TerraformValues {
  const facts = cfnFacts(mapping.cloudType);
  const readOnly = facts?.r ?? [];
  const writeOnly = [...(mapping.writeOnly ?? []), ...(facts?.w ?? [])];
  const out: TerraformValues = { attrs: {}, blocks: {}, json: [] };
  if (mapping.kind === 'generic') {
    for (const [k, v] of Object.entries(live)) {
      if (covered(k, readOnly) || covered(k, writeOnly) || isEmpty(v)) continue;
      out.attrs[awsccAttributeName(mapping.terraformType, k)] = snakeKeys(v);
    }
    return out;
  }
  // Attributes that name the resource in the code (a bucket name, a role name): from the identifier.
  const parts = identifier.split('|');
  (mapping.identifier.config ?? []).forEach((a, i) => {
    if (parts[i] !== undefined && parts.length === (mapping.identifier.config ?? []).length) out.attrs[a] = parts[i];
  });
  const shapes = shapesOf(mapping.cloudType);
  shapesFor = shapes;
  for (const [name, m] of Object.entries(mapping.attributes)) {
    if (m.writeOnly || covered(m.prop, writeOnly) || covered(m.prop, readOnly)) continue;
    let v = reverse(live, m);
    if (v !== undefined && !m.transform && !m.items && m.shape !== undefined && shapes) {
      // Described by the schema alone: the live value in Terraform's shape, nested blocks as the provider has them.
      v = liveAsTerraform(v, m.shape, m.tf, { shapes, skip: [...readOnly, ...writeOnly], blocks: true });
      if (isTfBlock(m.tf)) out.blocks[name] = blockShapeOfTf(m.tf);
    }
    if (v === undefined || isEmpty(v)) continue;
    if (m.default !== undefined && JSON.stringify(v) === JSON.stringify(m.default)) continue;
    out.attrs[name] = v;
    if (m.transform === 'json' && typeof v === 'object') out.json.push(name);
    if (m.items && m.transform !== 'sgRules') out.blocks[name] = shapeOf(m);
    if (m.transform === 'sgRules' || (m.transform && typeof m.transform === 'object' && 'blocksAsMap' in m.transform)) out.blocks[name] = {};
  }
  shapesFor = undefined;
  return out;
}

/** Which keys of a Terraform block are nested blocks themselves, for rendering. */
function blockShapeOfTf(k: TfKind): BlockShape {
  const out: BlockShape = {};
  if (isTfBlock(k)) for (const [n, sub] of Object.entries(k.B)) if (isTfBlock(sub)) out[n] = blockShapeOfTf(sub);
  return out;
}

function shapeOf(m: AttributeMapping): BlockShape {
  const out: BlockShape = {};
  for (const [k, im] of Object.entries(m.items ?? {})) {
    if (im.items && im.transform !== 'sgRules') out[k] = shapeOf(im);
    else if (!im.transform && isTfBlock(im.tf)) out[k] = blockShapeOfTf(im.tf);
  }
  return out;
}

function snakeKeys(v: JsonValue): JsonValue {
  if (Array.isArray(v)) return v.map(snakeKeys);
  if (isObj(v)) {
    const o: Record<string, JsonValue> = {};
    for (const [k, x] of Object.entries(v)) o[/^[A-Z]/.test(k) ? snakeCase(k) : k] = snakeKeys(x);
    return o;
  }
  return v;
}

function reverse(o: JsonValue, m: AttributeMapping): JsonValue | undefined {
  const raw = getPath(o, m.prop);
  if (raw === undefined || raw === null) return undefined;
  const t = m.transform;
  if (t === 'tags' || t === 'tagMap') {
    const out: Record<string, JsonValue> = {};
    if (Array.isArray(raw)) {
      for (const x of raw) if (isObj(x) && typeof x.Key === 'string' && !x.Key.startsWith('aws:')) out[x.Key] = x.Value ?? '';
    } else if (isObj(raw)) for (const [k, x] of Object.entries(raw)) if (!k.startsWith('aws:')) out[k] = x;
    return out;
  }
  if (t === 'json') {
    if (typeof raw === 'string') {
      try {
        return JSON.parse(raw) as JsonValue;
      } catch {
        return raw;
      }
    }
    return raw;
  }
  if (t === 'number') return typeof raw === 'string' && raw.trim() !== '' && !Number.isNaN(Number(raw)) ? Number(raw) : raw;
  if (t === 'bool') return raw === 'true' ? true : raw === 'false' ? false : raw;
  if (t === 'sgRules') return regroupRules(raw);
  if (t && typeof t === 'object' && 'boolToString' in t) return raw === t.boolToString[0] ? true : raw === t.boolToString[1] ? false : raw;
  if (t && typeof t === 'object' && 'keySchema' in t) {
    if (!Array.isArray(raw)) return undefined;
    const k = raw.find((x) => isObj(x) && x.KeyType === t.keySchema);
    return isObj(k) ? k.AttributeName : undefined;
  }
  if (t && typeof t === 'object' && 'listOf' in t) {
    const values = Array.isArray(raw) ? raw.map((x) => (isObj(x) ? x[t.listOf] : x)).filter((x): x is JsonValue => x !== undefined && x !== null) : undefined;
    // A single value in Terraform (a listener's certificate_arn): the first.
    return values && typeof m.tf === 'string' ? values[0] : values;
  }
  if (t && typeof t === 'object' && 'mapOf' in t) {
    if (!Array.isArray(raw)) return undefined;
    const out: Record<string, JsonValue> = {};
    for (const x of raw) if (isObj(x) && typeof x[t.mapOf[0]] === 'string') out[x[t.mapOf[0]] as string] = x[t.mapOf[1]] ?? '';
    return out;
  }
  if (t && typeof t === 'object' && 'where' in t) {
    if (!Array.isArray(raw)) return undefined;
    const el = raw.find((x) => isObj(x) && Object.entries(t.where).every(([k, w]) => x[k] === w));
    return isObj(el) ? el[t.field] : undefined;
  }
  if (t === 'protocol' || t === 'versionPrefix') return raw;
  if (t && typeof t === 'object' && 'blocksAsMap' in t) {
    const map = typeof raw === 'string' ? (JSON.parse(raw) as JsonValue) : raw;
    if (!isObj(map)) return undefined;
    return Object.keys(map)
      .sort()
      .map((k) => ({ [t.blocksAsMap[0]]: k, [t.blocksAsMap[1]]: map[k] }));
  }
  if (t && typeof t === 'object' && 'capture' in t) return raw;
  if (t && typeof t === 'object' && 'keyValue' in t) {
    // One entry of a [{Key, Value}] list of strings: "true"/"false" and numbers back to their Terraform types.
    if (!Array.isArray(raw)) return undefined;
    const kv = raw.find((x) => isObj(x) && x.Key === t.keyValue);
    const v = isObj(kv) ? kv.Value : undefined;
    if (v === 'true' || v === 'false') return v === 'true';
    if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v)) return Number(v);
    return v;
  }
  // A transform this file does not know yet: leave the attribute out rather than write a wrong shape.
  if (t && typeof t === 'object') return undefined;
  if (m.items) {
    const conv = (x: JsonValue): JsonValue => {
      const r: Record<string, JsonValue> = {};
      for (const [k, im] of Object.entries(m.items!)) {
        const v = reverse(x, im);
        if (v !== undefined && !isEmpty(v)) r[k] = v;
      }
      return r;
    };
    if (m.single) return isObj(raw) ? [conv(raw)] : undefined;
    return Array.isArray(raw) ? raw.map(conv) : undefined;
  }
  // An entry of a hand-written block that the schema describes: in Terraform's shape (blocks, snake_case names).
  if (!t && m.shape !== undefined && shapesFor && isObjectish(raw)) return liveAsTerraform(raw, m.shape, m.tf, { shapes: shapesFor, skip: [], blocks: true });
  return raw;
}

const isObjectish = (v: JsonValue): boolean => v !== null && typeof v === 'object';
/** The shapes of the type being imported, for entries of hand-written blocks (liveToTerraform sets it). */
let shapesFor: TypeShapes | undefined;

/** CloudFormation security group rules (one source each) as Terraform rules (sources grouped). */
function regroupRules(raw: JsonValue): JsonValue {
  if (!Array.isArray(raw)) return [];
  const groups = new Map<string, Record<string, JsonValue>>();
  for (const r of raw) {
    if (!isObj(r)) continue;
    const proto = String(r.IpProtocol ?? '-1');
    const all = proto === '-1';
    const from = all ? 0 : Number(r.FromPort ?? 0);
    const to = all ? 0 : Number(r.ToPort ?? 0);
    const desc = typeof r.Description === 'string' ? r.Description : '';
    const key = JSON.stringify([proto, from, to, desc]);
    let g = groups.get(key);
    if (!g) {
      g = { protocol: proto, from_port: from, to_port: to };
      if (desc) g.description = desc;
      groups.set(key, g);
    }
    const add = (field: string, v: JsonValue | undefined) => {
      if (typeof v !== 'string' || v === '') return;
      g![field] = [...((g![field] as JsonValue[] | undefined) ?? []), v];
    };
    add('cidr_blocks', r.CidrIp);
    add('ipv6_cidr_blocks', r.CidrIpv6);
    add('prefix_list_ids', r.SourcePrefixListId ?? r.DestinationPrefixListId);
    add('security_groups', r.SourceSecurityGroupId ?? r.DestinationSecurityGroupId);
  }
  return [...groups.values()];
}
