// Building a ModuleIndex (everything one directory declares) from its indexed files.
import { basename, resolve } from 'node:path';
import type { Attribute, Block, Body, Expr } from '../hcl/ast';
import { literalValue, traversalText } from '../hcl/values';
import type { BlockKind, IndexedFile, ModuleIndex, ProviderInfo, ResourceInfo } from './model';
import { isTfvars } from './indexFile';

const KINDS = new Set<BlockKind>(['resource', 'data', 'module', 'provider', 'terraform', 'variable', 'locals', 'output', 'import', 'moved']);

export function blockKind(type: string): BlockKind {
  return KINDS.has(type as BlockKind) ? (type as BlockKind) : 'other';
}

export function attr(body: Body, name: string): Attribute | undefined {
  for (const a of body.attributes) if (a.name === name) return a;
  return undefined;
}

export function childBlocks(body: Body, type: string): Block[] {
  return body.blocks.filter((b) => b.type === type);
}

function stringValue(e: Expr | undefined): string | undefined {
  if (!e) return undefined;
  const v = literalValue(e);
  return typeof v === 'string' ? v : undefined;
}

/** A reference-like expression as text: `aws.west` for a traversal, the string for a literal (JSON syntax). */
function refText(e: Expr | undefined): string | undefined {
  if (!e) return undefined;
  if (e.kind === 'traversal') return traversalText(e.root, e.steps);
  if (e.kind === 'template' && e.parts.length === 1 && e.parts[0].kind === 'interp') return refText(e.parts[0].expr);
  return stringValue(e);
}

/** `lifecycle { ignore_changes = [...] }`: attribute paths in Terraform syntax, or 'all'. */
export function ignoreChanges(body: Body): string[] | 'all' {
  const paths: string[] = [];
  for (const lc of childBlocks(body, 'lifecycle')) {
    const a = attr(lc.body, 'ignore_changes');
    if (!a) continue;
    const e = a.expr;
    if (refText(e) === 'all') return 'all';
    if (e.kind === 'tuple') {
      for (const item of e.items) {
        const t = refText(item);
        if (t !== undefined) paths.push(t);
      }
    }
  }
  return paths;
}

function resourceInfo(file: IndexedFile, b: Block, mode: 'managed' | 'data'): ResourceInfo | undefined {
  if (b.labels.length !== 2) return undefined;
  const [type, name] = b.labels;
  const info: ResourceInfo = {
    mode,
    type,
    name,
    localAddress: mode === 'data' ? `data.${type}.${name}` : `${type}.${name}`,
    file: file.path,
    moduleDir: file.moduleDir,
    block: b,
    ignoreChanges: ignoreChanges(b.body),
  };
  const count = attr(b.body, 'count');
  if (count) info.count = count.expr;
  const forEach = attr(b.body, 'for_each');
  if (forEach) info.forEach = forEach.expr;
  const provider = refText(attr(b.body, 'provider')?.expr);
  if (provider !== undefined) info.provider = provider;
  return info;
}

export function resourcesOf(file: IndexedFile): ResourceInfo[] {
  const out: ResourceInfo[] = [];
  for (const b of file.body.blocks) {
    if (b.type === 'resource' || b.type === 'data') {
      const r = resourceInfo(file, b, b.type === 'data' ? 'data' : 'managed');
      if (r) out.push(r);
    }
  }
  return out;
}

function providerInfo(file: IndexedFile, b: Block): ProviderInfo {
  const body = b.body;
  const info: ProviderInfo = { name: b.labels[0] ?? '', file: file.path, moduleDir: file.moduleDir, block: b, endpoints: {} };
  const alias = stringValue(attr(body, 'alias')?.expr);
  if (alias !== undefined) info.alias = alias;
  const region = attr(body, 'region');
  if (region) info.region = region.expr;
  const profile = attr(body, 'profile');
  if (profile) info.profile = profile.expr;
  const ar = childBlocks(body, 'assume_role')[0];
  if (ar) {
    info.assumeRole = {};
    const roleArn = attr(ar.body, 'role_arn');
    if (roleArn) info.assumeRole.roleArn = roleArn.expr;
    const sessionName = attr(ar.body, 'session_name');
    if (sessionName) info.assumeRole.sessionName = sessionName.expr;
    const externalId = attr(ar.body, 'external_id');
    if (externalId) info.assumeRole.externalId = externalId.expr;
  }
  const dt = childBlocks(body, 'default_tags')[0];
  const tags = dt ? attr(dt.body, 'tags') : undefined;
  if (tags) info.defaultTags = tags.expr;
  for (const ep of childBlocks(body, 'endpoints')) for (const a of ep.body.attributes) info.endpoints[a.name] = a.expr;
  return info;
}

/** terraform.tfvars, terraform.tfvars.json, then *.auto.tfvars(.json) by name: Terraform's load order. */
function tfvarsOrder(a: string, b: string): number {
  const rank = (p: string): number => (basename(p) === 'terraform.tfvars' ? 0 : basename(p) === 'terraform.tfvars.json' ? 1 : 2);
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  return basename(a) < basename(b) ? -1 : basename(a) > basename(b) ? 1 : 0;
}

/** Builds the index of one directory from its files (any order; results are in path order). */
export function buildModuleIndex(dir: string, files: IndexedFile[]): ModuleIndex {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const m: ModuleIndex = {
    dir,
    files: sorted.map((f) => f.path),
    resources: [],
    providers: [],
    requiredProviders: {},
    variables: new Map(),
    locals: new Map(),
    outputs: [],
    moduleCalls: [],
    imports: [],
    moved: [],
    tfvars: new Map(),
  };
  const tfvarsFiles: IndexedFile[] = [];
  for (const f of sorted) {
    if (f.skipped) continue;
    if (isTfvars(f.path)) {
      tfvarsFiles.push(f);
      continue;
    }
    for (const b of f.body.blocks) {
      switch (blockKind(b.type)) {
        case 'resource':
        case 'data': {
          const r = resourceInfo(f, b, b.type === 'data' ? 'data' : 'managed');
          if (r) m.resources.push(r);
          break;
        }
        case 'provider':
          m.providers.push(providerInfo(f, b));
          break;
        case 'terraform':
          for (const be of childBlocks(b.body, 'backend')) {
            const config: Record<string, Expr> = {};
            for (const a of be.body.attributes) config[a.name] = a.expr;
            m.backend = { type: be.labels[0] ?? '', file: f.path, moduleDir: dir, block: be, config };
          }
          for (const rp of childBlocks(b.body, 'required_providers')) {
            for (const a of rp.body.attributes) {
              const v = literalValue(a.expr);
              if (typeof v === 'string') m.requiredProviders[a.name] = { version: v };
              else if (a.expr.kind === 'object') {
                const entry: { source?: string; version?: string } = {};
                for (const item of a.expr.items) {
                  const k = literalValue(item.key);
                  const val = stringValue(item.value);
                  if (k === 'source' && val !== undefined) entry.source = val;
                  if (k === 'version' && val !== undefined) entry.version = val;
                }
                m.requiredProviders[a.name] = entry;
              }
            }
          }
          break;
        case 'variable': {
          const name = b.labels[0];
          if (name === undefined) break;
          const def = attr(b.body, 'default');
          m.variables.set(name, {
            name,
            file: f.path,
            block: b,
            ...(def ? { default: def.expr } : {}),
            sensitive: literalValue(attr(b.body, 'sensitive')?.expr ?? { kind: 'invalid', start: 0, end: 0 }) === true,
          });
          break;
        }
        case 'locals':
          for (const a of b.body.attributes) m.locals.set(a.name, { name: a.name, file: f.path, attribute: a });
          break;
        case 'output':
          m.outputs.push(b);
          break;
        case 'module': {
          const name = b.labels[0];
          if (name === undefined) break;
          const source = stringValue(attr(b.body, 'source')?.expr);
          const call: ModuleIndex['moduleCalls'][number] = { name, file: f.path, block: b };
          if (source !== undefined) {
            call.source = source;
            if (source.startsWith('./') || source.startsWith('../') || source === '.' || source === '..') {
              call.sourceDir = resolve(dir, source);
            }
          }
          m.moduleCalls.push(call);
          break;
        }
        case 'import':
          m.imports.push(b);
          break;
        case 'moved':
          m.moved.push(b);
          break;
        default:
          break;
      }
    }
  }
  tfvarsFiles.sort((a, b) => tfvarsOrder(a.path, b.path));
  for (const f of tfvarsFiles) {
    for (const a of f.body.attributes) m.tfvars.set(a.name, { name: a.name, file: f.path, attribute: a });
  }
  return m;
}
