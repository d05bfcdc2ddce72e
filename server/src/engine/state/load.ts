import type { LoadStateOptions } from '../compare/api';
import type { TerraformState } from './types';

export async function loadState(_opts: LoadStateOptions): Promise<TerraformState | undefined> {
  return undefined;
}
