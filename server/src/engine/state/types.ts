// Terraform state as Driftlog uses it: managed resource instances with their attributes. Data sources and
// deposed objects are dropped when loading. Sensitive values stay in memory: nothing here is ever logged.

import type { JsonValue } from '../scan/types';

export interface StateInstance {
  /** Full address: `module.net.aws_subnet.private["a"]`. */
  address: string;
  /** `` for the root module, else `module.net` or `module.net.module.sub["x"]`. */
  modulePath: string;
  type: string;
  name: string;
  /** count index (number) or for_each key (string), when the resource is expanded. */
  indexKey?: string | number;
  /** The state's provider reference: `provider["registry.terraform.io/hashicorp/aws"].west`. */
  providerConfig: string;
  attributes: Record<string, JsonValue>;
  /** Attribute paths marked sensitive, Terraform syntax: `password`, `environment[0].variables`. */
  sensitivePaths: string[];
}

export interface TerraformState {
  /** Where it was read: a file path or `s3://bucket/key`. */
  source: string;
  /** `v4`: a state file; `show-json`: the output of `terraform show -json`. */
  format: 'v4' | 'show-json';
  terraformVersion?: string;
  serial?: number;
  lineage?: string;
  /** The workspace the state was read for. */
  workspace: string;
  instances: StateInstance[];
}

export type StateErrorCode =
  | 'malformed'
  | 'unknown-version'
  | 'wrong-workspace'
  | 'unsupported-backend'
  | 'read-failed';

/** A state that cannot be used. The message names the file (or S3 object) and what is wrong. */
export class StateError extends Error {
  constructor(
    readonly code: StateErrorCode,
    readonly source: string,
    message: string,
  ) {
    super(message);
    this.name = 'StateError';
  }
}
