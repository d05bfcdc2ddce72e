import type { ResourceResult, ResourceStatus } from '../scan/types';
import type { ExpectedValues, ResourceInstance, TypeSchemaFacts } from './api';

export function baseResult(instance: ResourceInstance, status: ResourceStatus, error?: string): ResourceResult {
  return { address: instance.address, type: instance.type, status, differences: [], ...(error ? { error } : {}) };
}
export function compareResource(instance: ResourceInstance, _expected: ExpectedValues, _live: Record<string, unknown>, _schema?: TypeSchemaFacts): ResourceResult {
  return baseResult(instance, 'in_sync');
}
