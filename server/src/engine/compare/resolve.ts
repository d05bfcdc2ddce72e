// Identity: pairs the configuration's resource blocks (expanded by count/for_each, in every module instance)
// with the state's objects, and gives each instance its mapping, CloudFormation type, Cloud Control identifier,
// provider configuration and region.

import * as path from 'node:path';
import type { Expr } from '../hcl/ast';
import { traversalText } from '../hcl/values';
import type { ModuleCallInfo, ModuleIndex, ProviderInfo, ResourceInfo } from '../index/model';
import { evaluate, toStr, UNKNOWN, type Val } from '../eval/evaluate';
import { contextFor, refersToSensitive, type ModuleScope } from '../eval/scope';
import { awsccAttributeName } from '../mapping/naming';
import { cfnFacts } from '../mapping/cfnSchemas';
import { mappingFor, whyUnsupported } from '../mapping/index';
import type { ResourceMapping } from '../mapping/types';
import type { JsonValue } from '../scan/types';
import { currentWorkspace, formatAddress } from '../state/load';
import type { StateInstance, TerraformState } from '../state/types';
import type { ListTarget, ResolveOptions, ResourceInstance } from './api';

const CALL_META = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on']);

interface ModuleInst {
  scope: ModuleScope;
  /** Child provider key (`aws`, `aws.west`) -> root provider key. */
  providers: Map<string, string>;
}

export function resolveInstances(modules: ModuleIndex[], state: TerraformState | undefined, opts: ResolveOptions): ResourceInstance[] {
  const byDir = new Map(modules.map((m) => [path.resolve(m.dir), m]));
  const root = pickRoot(modules, opts.rootDir);
  const workspace = state?.workspace ?? opts.workspace ?? currentWorkspace(root?.dir ?? opts.rootDir ?? process.cwd());
  const stateByModule = groupState(state);
  const out: ResourceInstance[] = [];
  const seen = new Set<string>();
  if (!root) {
    for (const s of state?.instances ?? []) out.push(fromStateOnly(s, opts));
    return out;
  }
  const rootDir = path.resolve(root.dir);
  const rootProviders = new Map<string, ProviderInfo>();
  for (const p of root.providers) rootProviders.set(p.alias ? `${p.name}.${p.alias}` : p.name, p);
  const rootScopeRef: { scope?: ModuleScope } = {};

  const visit = (mod: ModuleIndex, inst: ModuleInst, depth: number) => {
    const scope = inst.scope;
    if (depth === 0) rootScopeRef.scope = scope;
    for (const r of mod.resources) {
      if (r.mode !== 'managed') continue;
      const expansions = expandResource(r, scope, stateByModule);
      if (expansions.length === 0 && (r.count || r.forEach) && !countIsZero(r, scope)) {
        // count/for_each cannot be evaluated and the state has no instance: the code names resources nobody created.
        const address = formatAddress(scope.modulePath, r.type, r.name);
        if (!seen.has(address)) {
          seen.add(address);
          const placeholder = build(r.type, r.name, scope.modulePath, undefined, r, undefined, inst, undefined, undefined, opts, rootProviders, rootScopeRef.scope);
          if (placeholder.preStatus === 'not_in_state') {
            delete placeholder.identifier;
            placeholder.reason = `${address}: ${r.count ? 'count' : 'for_each'} cannot be evaluated and the state has no instance of it`;
          }
          out.push(placeholder);
        }
        continue;
      }
      for (const ri of expansions) {
        const address = formatAddress(scope.modulePath, r.type, r.name, ri.indexKey);
        if (seen.has(address)) continue;
        seen.add(address);
        const states = stateByModule.get(scope.modulePath);
        let s = states?.get(address);
        if (!s && states) {
          // `moved { from = ..., to = ... }`: the state still holds the object under its old address.
          const from = movedFrom(mod, r.type, r.name, ri.indexKey);
          const old = from ? states.get(scope.modulePath ? `${scope.modulePath}.${from}` : from) : undefined;
          if (old && !seen.has(old.address)) {
            s = old;
            seen.add(old.address);
          }
        }
        out.push(build(r.type, r.name, scope.modulePath, ri.indexKey, r, s, inst, ri.each, ri.count, opts, rootProviders, rootScopeRef.scope));
      }
    }
    if (depth > 32) return;
    for (const call of mod.moduleCalls) {
      const child = call.sourceDir ? byDir.get(path.resolve(call.sourceDir)) : undefined;
      if (!child) continue;
      for (const ci of expandCall(call, scope, stateByModule)) {
        const childPath = `${scope.modulePath ? scope.modulePath + '.' : ''}module.${call.name}${ci.indexKey === undefined ? '' : typeof ci.indexKey === 'number' ? `[${ci.indexKey}]` : `[${JSON.stringify(ci.indexKey)}]`}`;
        const ctx = contextFor(scope, ci.each, ci.count);
        const variables = new Map<string, Val>();
        const sensitive = new Set<string>();
        for (const [name, v] of child.variables) {
          if (v.sensitive) sensitive.add(name);
          const arg = call.block.body.attributes.find((a) => a.name === name && !CALL_META.has(a.name));
          if (arg) {
            variables.set(name, evaluate(arg.expr, ctx));
            if (refersToSensitive(arg.expr, scope)) sensitive.add(name);
          } else variables.set(name, v.default ? evaluate(v.default, ctx) : UNKNOWN);
        }
        const childScope: ModuleScope = {
          module: child,
          modulePath: childPath,
          variables,
          sensitiveVariables: sensitive,
          localCache: new Map(),
          stateResources: stateResourcesOf(stateByModule.get(childPath)),
          rootDir,
          workspace,
        };
        visit(child, { scope: childScope, providers: childProviders(call, inst.providers) }, depth + 1);
      }
    }
  };

  const rootScope: ModuleScope = {
    module: root,
    modulePath: '',
    variables: rootVariables(root, opts.vars),
    sensitiveVariables: new Set([...root.variables.values()].filter((v) => v.sensitive).map((v) => v.name)),
    localCache: new Map(),
    stateResources: stateResourcesOf(stateByModule.get('')),
    rootDir,
    workspace,
  };
  visit(root, { scope: rootScope, providers: new Map() }, 0);

  // State objects that no configuration block names any more: still managed, compared against the state.
  for (const s of state?.instances ?? []) {
    if (seen.has(s.address)) continue;
    seen.add(s.address);
    out.push(fromStateOnly(s, opts, rootProviders, rootScope));
  }
  return out;
}

function pickRoot(modules: ModuleIndex[], rootDir?: string): ModuleIndex | undefined {
  if (rootDir) {
    const want = path.resolve(rootDir);
    const m = modules.find((x) => path.resolve(x.dir) === want);
    if (m) return m;
  }
  const called = new Set<string>();
  for (const m of modules) for (const c of m.moduleCalls) if (c.sourceDir) called.add(path.resolve(c.sourceDir));
  return modules.find((m) => !called.has(path.resolve(m.dir))) ?? modules[0];
}

function groupState(state: TerraformState | undefined): Map<string, Map<string, StateInstance>> {
  const by = new Map<string, Map<string, StateInstance>>();
  for (const s of state?.instances ?? []) {
    let m = by.get(s.modulePath);
    if (!m) by.set(s.modulePath, (m = new Map()));
    m.set(s.address, s);
  }
  return by;
}

function stateResourcesOf(insts: Map<string, StateInstance> | undefined): ModuleScope['stateResources'] {
  const out: ModuleScope['stateResources'] = new Map();
  for (const s of insts?.values() ?? []) {
    const k = `${s.type}.${s.name}`;
    let l = out.get(k);
    if (!l) out.set(k, (l = []));
    l.push({ ...(s.indexKey !== undefined ? { indexKey: s.indexKey } : {}), attributes: s.attributes });
  }
  return out;
}

function rootVariables(root: ModuleIndex, vars: Record<string, JsonValue> | undefined): Map<string, Val> {
  const out = new Map<string, Val>();
  const empty = contextFor({
    module: root,
    modulePath: '',
    variables: new Map(),
    sensitiveVariables: new Set(),
    localCache: new Map(),
    stateResources: new Map(),
    rootDir: root.dir,
    workspace: 'default',
  });
  for (const [name, v] of root.variables) {
    let value: Val = UNKNOWN;
    if (v.default) value = evaluate(v.default, empty);
    const env = process.env[`TF_VAR_${name}`];
    if (env !== undefined) value = env;
    const tv = root.tfvars.get(name);
    if (tv) value = evaluate(tv.attribute.expr, empty);
    if (vars && Object.prototype.hasOwnProperty.call(vars, name)) value = vars[name];
    out.set(name, value);
  }
  return out;
}

interface Expansion {
  indexKey?: string | number;
  each?: { key: JsonValue; value?: JsonValue };
  count?: number;
}

/** count / for_each evaluated; when they cannot be, the keys the state knows. */
function expandBy(countExpr: Expr | undefined, forEachExpr: Expr | undefined, scope: ModuleScope, stateKeys: () => Array<string | number>): Expansion[] {
  const ctx = contextFor(scope);
  if (countExpr) {
    const n = evaluate(countExpr, ctx);
    const num = typeof n === 'number' ? n : typeof n === 'string' && /^\d+$/.test(n) ? Number(n) : undefined;
    if (num !== undefined && Number.isInteger(num) && num >= 0 && num <= 10000) return Array.from({ length: num }, (_x, i) => ({ indexKey: i, count: i }));
    return stateKeys()
      .filter((k): k is number => typeof k === 'number')
      .map((i) => ({ indexKey: i, count: i }));
  }
  if (forEachExpr) {
    const v = evaluate(forEachExpr, ctx);
    if (v !== UNKNOWN && v !== null && typeof v === 'object') {
      if (Array.isArray(v)) {
        if (v.every((x) => typeof x === 'string')) return (v as string[]).map((k) => ({ indexKey: k, each: { key: k, value: k } }));
      } else return Object.keys(v).map((k) => ({ indexKey: k, each: { key: k, value: v[k] } }));
    }
    return stateKeys()
      .filter((k): k is string => typeof k === 'string')
      .map((k) => ({ indexKey: k, each: { key: k } }));
  }
  return [{}];
}

/** The old local address of a resource instance that a `moved` block renames (resource or instance level). */
function movedFrom(mod: ModuleIndex, type: string, name: string, indexKey: string | number | undefined): string | undefined {
  const want = formatAddress('', type, name, indexKey);
  const wantResource = `${type}.${name}`;
  for (const b of mod.moved) {
    const fromA = b.body.attributes.find((a) => a.name === 'from');
    const toA = b.body.attributes.find((a) => a.name === 'to');
    if (!fromA || !toA || fromA.expr.kind !== 'traversal' || toA.expr.kind !== 'traversal') continue;
    const from = traversalText(fromA.expr.root, fromA.expr.steps);
    const to = traversalText(toA.expr.root, toA.expr.steps);
    if (to === want) return from;
    const parts = from.split('.');
    if (to === wantResource && parts.length === 2 && !from.includes('[')) return formatAddress('', parts[0], parts[1], indexKey);
  }
  return undefined;
}

/** True when count evaluates to 0 or for_each to an empty collection: no instance, rightly. */
function countIsZero(r: ResourceInfo, scope: ModuleScope): boolean {
  const ctx = contextFor(scope);
  if (r.count) {
    const n = evaluate(r.count, ctx);
    return n === 0 || n === '0';
  }
  if (r.forEach) {
    const v = evaluate(r.forEach, ctx);
    return v !== UNKNOWN && v !== null && typeof v === 'object' && (Array.isArray(v) ? v.length === 0 : Object.keys(v).length === 0);
  }
  return false;
}

function expandResource(r: ResourceInfo, scope: ModuleScope, stateByModule: Map<string, Map<string, StateInstance>>): Expansion[] {
  const exp = expandBy(r.count, r.forEach, scope, () =>
    [...(stateByModule.get(scope.modulePath)?.values() ?? [])].filter((s) => s.type === r.type && s.name === r.name && s.indexKey !== undefined).map((s) => s.indexKey!),
  );
  return exp;
}

function expandCall(call: ModuleCallInfo, scope: ModuleScope, stateByModule: Map<string, Map<string, StateInstance>>): Expansion[] {
  const countA = call.block.body.attributes.find((a) => a.name === 'count');
  const feA = call.block.body.attributes.find((a) => a.name === 'for_each');
  const prefix = `${scope.modulePath ? scope.modulePath + '.' : ''}module.${call.name}[`;
  return expandBy(countA?.expr, feA?.expr, scope, () => {
    const keys = new Set<string | number>();
    for (const mp of stateByModule.keys()) {
      if (!mp.startsWith(prefix)) continue;
      const rest = mp.slice(prefix.length);
      const m = /^(\d+)\]|^("(?:[^"\\]|\\.)*")\]/.exec(rest);
      if (m) keys.add(m[1] !== undefined ? Number(m[1]) : (JSON.parse(m[2]) as string));
    }
    return [...keys];
  });
}

/** `providers = { aws = aws.west }` of a module call: the child's provider keys in terms of the root's. */
function childProviders(call: ModuleCallInfo, parent: Map<string, string>): Map<string, string> {
  const map = new Map<string, string>();
  const a = call.block.body.attributes.find((x) => x.name === 'providers');
  const toRoot = (k: string) => parent.get(k) ?? k;
  // Default (unaliased) providers are inherited implicitly.
  for (const [k, v] of parent) if (!k.includes('.')) map.set(k, v);
  if (a && a.expr.kind === 'object') {
    for (const item of a.expr.items) {
      const k = refText(item.key);
      const v = refText(item.value);
      if (k && v) map.set(k, toRoot(v));
    }
  }
  return map;
}

function refText(e: Expr): string | undefined {
  if (e.kind === 'literal' && typeof e.value === 'string') return e.value;
  if (e.kind === 'traversal') return [e.root, ...e.steps.map((s) => (s.kind === 'attr' ? s.name : '?'))].join('.');
  if (e.kind === 'template' && e.parts.length === 1 && e.parts[0].kind === 'interp') return refText(e.parts[0].expr);
  return undefined;
}

function providerName(type: string): string {
  return type.split('_')[0];
}

function build(
  type: string,
  name: string,
  modulePath: string,
  indexKey: string | number | undefined,
  r: ResourceInfo | undefined,
  s: StateInstance | undefined,
  inst: ModuleInst | undefined,
  each: Expansion['each'],
  count: number | undefined,
  opts: ResolveOptions,
  rootProviders: Map<string, ProviderInfo>,
  rootScope: ModuleScope | undefined,
): ResourceInstance {
  const address = formatAddress(modulePath, type, name, indexKey);
  // Provider configuration: the resource's `provider =`, else the default one of its type's provider.
  let localKey = r?.provider ?? providerName(type);
  if (!r && s) localKey = providerKeyFromState(s.providerConfig) ?? localKey;
  const providerKey = inst ? (inst.providers.get(localKey) ?? localKey) : localKey;
  const provider = rootProviders.get(providerKey) ?? (inst ? inst.scope.module.providers.find((p) => (p.alias ? `${p.name}.${p.alias}` : p.name) === localKey) : undefined);
  const instance: ResourceInstance = {
    address,
    modulePath,
    type,
    name,
    ...(indexKey !== undefined ? { indexKey } : {}),
    ...(r ? { resource: r } : {}),
    ...(s ? { stateAttributes: s.attributes } : {}),
    sensitivePaths: s?.sensitivePaths ?? [],
    providerKey,
    ...(provider ? { provider } : {}),
    ...(inst ? { scope: inst.scope } : rootScope ? { scope: rootScope } : {}),
    ...(each ? { each } : {}),
    ...(count !== undefined ? { count } : {}),
  };
  // Region: the provider block's, else the state object's own (region attribute or ARN).
  const provScope = provider && rootScope && path.resolve(provider.moduleDir) === path.resolve(rootScope.module.dir) ? rootScope : inst?.scope;
  const regionVal = provider?.region && provScope ? providerRegion(provider, provScope) : UNKNOWN;
  // AWS provider 6+: a resource may set its own `region`.
  const ownRegionAttr = r && type.startsWith('aws_') ? r.block.body.attributes.find((a) => a.name === 'region') : undefined;
  const ownRegion = ownRegionAttr && inst ? evaluate(ownRegionAttr.expr, contextFor(inst.scope, each, count)) : UNKNOWN;
  // The state of AWS provider 6+ records each resource's effective region.
  const stateRegion = s && typeof s.attributes.region === 'string' && s.attributes.region ? s.attributes.region : undefined;
  const region =
    typeof ownRegion === 'string' && ownRegion
      ? ownRegion
      : stateRegion
        ? stateRegion
        : typeof regionVal === 'string' && regionVal
        ? regionVal
        : (regionFromState(s) ?? opts.defaultRegion);
  if (region) instance.region = region;
  if (provScope) instance.providerScope = provScope;

  const mapping = mappingFor(type);
  if (!mapping) {
    instance.preStatus = 'unsupported';
    instance.reason = whyUnsupported(type);
    return instance;
  }
  instance.mapping = mapping;
  instance.cloudType = mapping.cloudType;
  if (s) {
    const refs: RefResolver = (ref, attr) => {
      const a = r?.block.body.attributes.find((x) => x.name === ref);
      if (!a || a.expr.kind !== 'traversal' || !inst || a.expr.steps.length < 2 || a.expr.steps[a.expr.steps.length - 1].kind !== 'attr') return undefined;
      const other: Expr = { ...a.expr, steps: [...a.expr.steps.slice(0, -1), { kind: 'attr', name: attr }] };
      const v = evaluate(other, contextFor(inst.scope, each, count));
      return v === UNKNOWN ? undefined : (v as JsonValue);
    };
    const id = identifierFromState(mapping, s.attributes, refs);
    if (typeof id === 'string') instance.identifier = id;
    else {
      instance.preStatus = 'error';
      instance.reason = `cannot build the Cloud Control identifier of ${address} from its state: ${id.missing}`;
    }
  } else {
    instance.preStatus = 'not_in_state';
    const id = r && inst ? (identifierFromConfig(mapping, r, contextFor(inst.scope, each, count)) ?? identifierFromImport(mapping, address, inst.scope)) : undefined;
    if (id) instance.identifier = id;
    instance.reason = id
      ? `${address} is in the configuration but not in the state; the live resource ${id} could be imported`
      : `${address} is in the configuration but not in the state`;
  }
  return instance;
}

/** A provider block's region, evaluated once per module scope. */
const regionCache = new WeakMap<ModuleScope, Map<ProviderInfo, Val>>();
function providerRegion(provider: ProviderInfo, scope: ModuleScope): Val {
  let m = regionCache.get(scope);
  if (!m) regionCache.set(scope, (m = new Map()));
  if (!m.has(provider)) m.set(provider, evaluate(provider.region!, contextFor(scope)));
  return m.get(provider)!;
}

function fromStateOnly(s: StateInstance, opts: ResolveOptions, rootProviders = new Map<string, ProviderInfo>(), rootScope?: ModuleScope): ResourceInstance {
  return build(s.type, s.name, s.modulePath, s.indexKey, undefined, s, undefined, undefined, undefined, opts, rootProviders, rootScope);
}

/** `provider["registry.terraform.io/hashicorp/aws"].west` -> `aws.west`. */
export function providerKeyFromState(ref: string): string | undefined {
  const m = /provider\["(?:[^"]*\/)?([^"/]+)"\](?:\.([A-Za-z0-9_-]+))?$/.exec(ref);
  if (!m) return undefined;
  return m[2] ? `${m[1]}.${m[2]}` : m[1];
}

function regionFromState(s: StateInstance | undefined): string | undefined {
  if (!s) return undefined;
  const a = s.attributes;
  if (typeof a.region === 'string' && a.region) return a.region;
  for (const k of ['arn', 'id']) {
    const v = a[k];
    if (typeof v === 'string') {
      const m = /^arn:aws[a-z-]*:[a-z0-9-]+:([a-z]{2}(?:-[a-z]+)+-\d+):/.exec(v);
      if (m) return m[1];
    }
  }
  if (typeof a.availability_zone === 'string') {
    const m = /^([a-z]{2}(?:-[a-z]+)+-\d+)[a-z]$/.exec(a.availability_zone);
    if (m) return m[1];
  }
  return undefined;
}

/** The value of `attr` of the resource the code's argument `ref` refers to, when the code refers to one in the state. */
export type RefResolver = (ref: string, attr: string) => JsonValue | undefined;

export function identifierFromState(mapping: ResourceMapping, attrs: Record<string, JsonValue>, refs?: RefResolver): string | { missing: string } {
  const parts: string[] = [];
  for (const p of mapping.identifier.state) {
    if ('const' in p) {
      parts.push(p.const);
      continue;
    }
    let name: string;
    let v: JsonValue | undefined;
    if ('ref' in p && p.ref !== undefined) {
      name = `${p.ref} (${p.attr} of the resource it refers to)`;
      v = refs?.(p.ref, p.attr);
      if (v === undefined || v === null || v === '') return { missing: `no ${p.attr} of the resource ${p.ref} refers to: refer to that resource in the code (${p.ref} = <type>.<name>.<attribute>)` };
    } else {
      const names = 'id' in p ? ['id'] : [p.attr, ...(p.or ?? [])];
      name = names.find((n) => attrs[n] !== undefined && attrs[n] !== null && attrs[n] !== '') ?? names[0];
      v = attrs[name];
      if (v === undefined || v === null || v === '') return { missing: `no ${names.join(' or ')}` };
    }
    let s = typeof v === 'string' ? v : String(v);
    if (p.split !== undefined) {
      const pieces = s.split(p.split);
      if (pieces.length <= (p.index ?? 0)) return { missing: `${name} ${JSON.stringify(s)} has no part ${p.index ?? 0} separated by ${JSON.stringify(p.split)}` };
      s = pieces[p.index ?? 0];
    }
    if (p.match !== undefined) {
      const m = new RegExp(p.match).exec(s);
      if (!m || m[1] === undefined) return { missing: `${name} ${JSON.stringify(s)} is not of the form ${p.match}` };
      s = m[1];
    }
    if (s === '') return { missing: `no ${name}` };
    parts.push(s);
  }
  return parts.join('|');
}

function identifierFromConfig(mapping: ResourceMapping, r: ResourceInfo, ctx: ReturnType<typeof contextFor>): string | undefined {
  let attrs = mapping.identifier.config;
  if (!attrs && mapping.kind === 'generic') {
    // awscc: the primary identifier is settable when none of its properties is read-only.
    const facts = cfnFacts(mapping.cloudType);
    const ro = new Set(facts?.r ?? []);
    if (mapping.primaryIdentifier.every((p) => !ro.has(p))) attrs = mapping.primaryIdentifier.map((p) => awsccAttributeName(mapping.terraformType, p));
  }
  if (!attrs) return undefined;
  const parts: string[] = [];
  for (const name of attrs) {
    const a = r.block.body.attributes.find((x) => x.name === name);
    if (!a) return undefined;
    const v = evaluate(a.expr, ctx);
    if (v === UNKNOWN || v === null || typeof v === 'object' || v === '') return undefined;
    parts.push(toStr(v));
  }
  return parts.join('|');
}

/** An `import { to = <address>, id = "..." }` block of the module names the resource's Terraform id. */
function identifierFromImport(mapping: ResourceMapping, address: string, scope: ModuleScope): string | undefined {
  if (!mapping.identifier.state.every((p) => 'id' in p)) return undefined;
  const local = scope.modulePath ? address.slice(scope.modulePath.length + 1) : address;
  for (const b of scope.module.imports) {
    const to = b.body.attributes.find((a) => a.name === 'to');
    const idAttr = b.body.attributes.find((a) => a.name === 'id');
    if (!to || !idAttr || to.expr.kind !== 'traversal' || traversalText(to.expr.root, to.expr.steps) !== local) continue;
    const v = evaluate(idAttr.expr, contextFor(scope));
    if (typeof v !== 'string' || !v) return undefined;
    const id = identifierFromState(mapping, { id: v });
    return typeof id === 'string' ? id : undefined;
  }
  return undefined;
}

export function listTargets(instances: ResourceInstance[]): ListTarget[] {
  const seen = new Map<string, ListTarget>();
  for (const i of instances) {
    if (!i.cloudType || i.preStatus === 'unsupported') continue;
    const k = `${i.cloudType}\u0000${i.region ?? ''}\u0000${i.providerKey}`;
    if (!seen.has(k)) seen.set(k, { cloudType: i.cloudType, ...(i.region ? { region: i.region } : {}), providerKey: i.providerKey });
  }
  return [...seen.values()];
}
