// Evaluation scope of one module instance: its variables, locals and the module path. Built by resolveInstances.
import type { ModuleIndex } from '../index/model';
import type { JsonValue } from '../scan/types';

export interface ModuleScope {
  module: ModuleIndex;
  /** `` for the root module, `module.net` for a child. */
  modulePath: string;
  /** Values of input variables, when known (unknown ones are absent). */
  variables: Map<string, JsonValue>;
  /** Locals, evaluated lazily and cached; `undefined` entries are unknown. */
  localCache: Map<string, JsonValue | undefined>;
}
