import type { ModuleIndex } from '../index/model';
import type { TerraformState } from '../state/types';
import type { ListTarget, ResolveOptions, ResourceInstance } from './api';

export function resolveInstances(_modules: ModuleIndex[], _state: TerraformState | undefined, _opts: ResolveOptions): ResourceInstance[] {
  return [];
}
export function listTargets(_instances: ResourceInstance[]): ListTarget[] {
  return [];
}
