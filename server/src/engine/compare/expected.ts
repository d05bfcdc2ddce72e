import type { ExpectedContext, ExpectedValues, ResourceInstance } from './api';

export function expectedValues(_instance: ResourceInstance, _ctx: ExpectedContext): ExpectedValues {
  return {};
}
