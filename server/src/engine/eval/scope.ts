// Evaluation scope of one module instance: its variables, locals, the resources of its state and the module
// path. Built by resolveInstances; turned into an EvalContext for one resource instance by `contextFor`.

import type { Expr } from '../hcl/ast';
import type { ModuleIndex } from '../index/model';
import type { JsonValue } from '../scan/types';
import { evaluate, UNKNOWN, type EvalContext, type Val } from './evaluate';

export interface ModuleScope {
  module: ModuleIndex;
  /** `` for the root module, `module.net` for a child. */
  modulePath: string;
  /** Values of input variables (UNKNOWN when not known). */
  variables: Map<string, Val>;
  /** Names of variables declared `sensitive = true`, and of those fed from a sensitive expression. */
  sensitiveVariables: Set<string>;
  /** Locals, evaluated lazily and cached. */
  localCache: Map<string, Val>;
  /** State attributes of this module's managed resources, `type.name` -> instances by index key. */
  stateResources: Map<string, Array<{ indexKey?: string | number; attributes: Record<string, JsonValue> }>>;
  rootDir: string;
  workspace: string;
}

/** The evaluation context of a scope, optionally for one count/for_each instance. */
export function contextFor(scope: ModuleScope, each?: { key: JsonValue; value?: JsonValue }, count?: number): EvalContext {
  const ctx: EvalContext = {
    variable: (name) => (scope.variables.has(name) ? scope.variables.get(name)! : UNKNOWN),
    local: (name) => localValue(scope, name),
    resource: (type, name) => resourceValue(scope, type, name),
    path: { module: scope.module.dir, root: scope.rootDir, cwd: process.cwd() },
    workspace: scope.workspace,
    ...(each ? { each } : {}),
    ...(count !== undefined ? { count } : {}),
  };
  return ctx;
}

function localValue(scope: ModuleScope, name: string): Val {
  if (scope.localCache.has(name)) return scope.localCache.get(name)!;
  const info = scope.module.locals.get(name);
  if (!info) return UNKNOWN;
  scope.localCache.set(name, UNKNOWN); // a cycle evaluates to unknown
  const v = evaluate(info.attribute.expr, contextFor(scope));
  scope.localCache.set(name, v);
  return v;
}

function resourceValue(scope: ModuleScope, type: string, name: string): Val {
  const list = scope.stateResources.get(`${type}.${name}`);
  if (!list || list.length === 0) return UNKNOWN;
  if (list.length === 1 && list[0].indexKey === undefined) return list[0].attributes;
  if (list.every((i) => typeof i.indexKey === 'number')) {
    const out: JsonValue[] = [];
    for (const i of list) out[i.indexKey as number] = i.attributes;
    return out.some((x) => x === undefined) ? UNKNOWN : out;
  }
  if (list.every((i) => typeof i.indexKey === 'string')) {
    const out: Record<string, JsonValue> = {};
    for (const i of list) out[i.indexKey as string] = i.attributes;
    return out;
  }
  return UNKNOWN;
}

/** True when the expression refers to a sensitive variable of the scope (its value must be redacted). */
export function refersToSensitive(expr: Expr, scope: ModuleScope): boolean {
  if (scope.sensitiveVariables.size === 0) return false;
  let found = false;
  const visit = (v: unknown): void => {
    if (found || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      v.forEach(visit);
      return;
    }
    const o = v as Record<string, unknown>;
    if (o.kind === 'traversal' && o.root === 'var') {
      const steps = o.steps as Array<{ kind: string; name?: string }>;
      if (steps[0]?.kind === 'attr' && scope.sensitiveVariables.has(steps[0].name!)) {
        found = true;
        return;
      }
    }
    if (o.kind === 'traversal' && o.root === 'local') {
      const steps = o.steps as Array<{ kind: string; name?: string }>;
      const info = steps[0]?.kind === 'attr' ? scope.module.locals.get(steps[0].name!) : undefined;
      if (info && !visiting.has(info.name)) {
        visiting.add(info.name);
        visit(info.attribute.expr);
      }
    }
    for (const [k, x] of Object.entries(o)) if (k !== 'start' && k !== 'end') visit(x);
  };
  const visiting = new Set<string>();
  visit(expr);
  return found;
}
