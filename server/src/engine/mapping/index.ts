import type { ResourceMapping } from './types';

export function mappingFor(_terraformType: string): ResourceMapping | undefined {
  return undefined;
}
export function awsccMapping(_terraformType: string): ResourceMapping | undefined {
  return undefined;
}
export function identifierFromLive(_cloudType: string, _props: Record<string, unknown>): string | undefined {
  return undefined;
}
