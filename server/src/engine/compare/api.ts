// The drift engine's public API: Terraform state, identity, type/attribute mapping, expected values and the
// normalised comparison. The scan orchestrator (engine/scan) calls what this file exports; the types here are
// kept stable.
//
//   const state = await loadState({ moduleDir, backend: root.backend, workspace, s3: (region, settings) => client });
//   const instances = resolveInstances(modules, state, { rootDir: moduleDir });
//   for (const inst of instances) {
//     if (inst.preStatus === 'unsupported' || inst.preStatus === 'error') { baseResult(inst, inst.preStatus, inst.reason); continue; }
//     if (!inst.identifier) { baseResult(inst, 'not_in_state'); continue; }
//     const live = await getResource(inst.cloudType!, inst.identifier, inst.region, inst.providerKey);
//     if (!live) { baseResult(inst, inst.preStatus === 'not_in_state' ? 'not_in_state' : 'missing'); continue; }
//     compareResource(inst, expectedValues(inst, { lineStarts }), live, { writeOnly: inst.mapping?.writeOnly });
//   }
//   listTargets(instances) -> what to ListResources; identifierFromLive(cloudType, props) -> match listed
//   resources against instances' identifiers (instances with mapping.subResource claim nothing of their own).

import type { S3Client } from '@aws-sdk/client-s3';
import type { BackendInfo, ModuleIndex, ProviderInfo, ResourceInfo } from '../index/model';
import type { JsonValue, Range, ResourceResult, ResourceStatus } from '../scan/types';
import type { ResourceMapping } from '../mapping/types';
import type { TerraformState } from '../state/types';
import { loadState as loadStateImpl } from '../state/load';
import { mappingFor as mappingForImpl, awsccMapping as awsccMappingImpl, identifierFromLive as identifierFromLiveImpl } from '../mapping/index';
import { resolveInstances as resolveInstancesImpl, listTargets as listTargetsImpl } from './resolve';
import { expectedValues as expectedValuesImpl } from './expected';
import { compareResource as compareResourceImpl, baseResult as baseResultImpl } from './compare';
import type { ModuleScope } from '../eval/scope';

export type { ResourceMapping, AttributeMapping, IdentifierRule, ValueTransform } from '../mapping/types';
export type { TerraformState, StateInstance } from '../state/types';
export { StateError } from '../state/types';
export type { StateErrorCode } from '../state/types';

// ---------------------------------------------------------------------------------------------------------------
// 1. State

/** Literal settings of an `s3` backend block that affect how the bucket is reached. */
export interface S3BackendSettings {
  profile?: string;
  /** `assume_role { role_arn }` or the older top-level `role_arn`. */
  roleArn?: string;
  /** `endpoints { s3 = ... }` or the older `endpoint`. */
  endpoint?: string;
  /** `use_path_style` or the older `force_path_style`. */
  forcePathStyle?: boolean;
}

export interface LoadStateOptions {
  /** The root module directory (where `terraform.tfstate` / `terraform.tfstate.d/` live for the local backend). */
  moduleDir: string;
  /** The root module's `terraform { backend "..." {} }` block, when there is one. */
  backend?: BackendInfo;
  /** Terraform workspace; `default` when absent (or the TF_WORKSPACE environment variable). */
  workspace?: string;
  /**
   * An explicit state file (a setting): a v4 state or the output of `terraform show -json`. Wins over the backend.
   * Relative paths are resolved against moduleDir.
   */
  statePath?: string;
  /**
   * Builds the S3 client for the S3 backend, so credentials and endpoints are shared with the caller. `settings`
   * carries what the backend block says about reaching the bucket (profile, role, endpoint, path style).
   */
  s3?: (region: string | undefined, settings?: S3BackendSettings) => S3Client;
  /** The lineage a previous scan saw for this workspace: a state with another lineage is refused as another workspace's. */
  expectedLineage?: string;
}

/**
 * Loads the Terraform state for a root module. Resolves to `undefined` when there is no state at all (no file, an
 * S3 object that does not exist): every resource is then `not_in_state`. Throws a `StateError` (with a message
 * naming the file) for malformed JSON, an unknown state version, a state of another workspace, an unsupported
 * backend, or an S3 read failure other than "not found".
 */
export function loadState(opts: LoadStateOptions): Promise<TerraformState | undefined> {
  return loadStateImpl(opts);
}

// ---------------------------------------------------------------------------------------------------------------
// 2. Identity and mapping

export interface ResourceInstance {
  /** Full address: `module.net.aws_subnet.private["a"]`. */
  address: string;
  /** Module path prefix: `` for the root, `module.net`, `module.net.module.sub["x"]`. */
  modulePath: string;
  type: string;
  name: string;
  /** count index or for_each key, when the resource is expanded. */
  indexKey?: string | number;
  /** The config block, when the configuration declares it. */
  resource?: ResourceInfo;
  /** The state object's attributes (sensitive values included: keep in memory only). */
  stateAttributes?: Record<string, JsonValue>;
  /** Attribute paths marked sensitive in the state (Terraform syntax: `password`, `environment[0].variables`). */
  sensitivePaths: string[];
  /**
   * Which provider configuration the instance uses: `aws` or `aws.<alias>` (the root module's name for it, after
   * following `providers = {...}` of module calls). The key to pick credentials/region with.
   */
  providerKey: string;
  /** The provider block behind providerKey, when the configuration has one. */
  provider?: ProviderInfo;
  /** Region: the provider block's region (evaluated), else the region in the state object's ARN/attributes. */
  region?: string;
  mapping?: ResourceMapping;
  /** CloudFormation type name: `AWS::S3::Bucket`. */
  cloudType?: string;
  /** Cloud Control identifier (compound parts joined with `|`). */
  identifier?: string;
  /**
   * Known before any cloud call: `unsupported` (no mapping for the type), `not_in_state` (only the config names
   * it; the identifier, when present, came from a config attribute), `error` (the identifier cannot be built; see
   * `reason`). Undefined for an ordinary managed instance.
   */
  preStatus?: 'unsupported' | 'not_in_state' | 'error';
  reason?: string;
  /** Evaluation scope of the instance's module (variables, locals, count/each): opaque to callers. */
  scope?: ModuleScope;
  /** Evaluation scope of the module that declares the provider block (for its region and default_tags): opaque. */
  providerScope?: ModuleScope;
  /** Position of the instance in `each`/`count`, for evaluating its config. */
  each?: { key: JsonValue; value?: JsonValue };
  count?: number;
}

export interface ResolveOptions {
  /** Workspace for `terraform.workspace`; defaults to the state's, else the selected one in rootDir. */
  workspace?: string;
  /** The root module directory; defaults to the module that no other module calls (or the first one). */
  rootDir?: string;
  /** Extra variable values (`-var`), highest precedence. */
  vars?: Record<string, JsonValue>;
  /** Region when neither the provider block nor the state says (AWS_REGION / profile), for listing. */
  defaultRegion?: string;
}

/** Pairs config blocks and state objects into resource instances, with identity and mapping. */
export function resolveInstances(
  modules: ModuleIndex[],
  state: TerraformState | undefined,
  opts: ResolveOptions = {},
): ResourceInstance[] {
  return resolveInstancesImpl(modules, state, opts);
}

export interface ListTarget {
  cloudType: string;
  region?: string;
  providerKey: string;
}

/** The distinct (cloudType, region, providerKey) present among the instances: what to ListResources for `unmanaged`. */
export function listTargets(instances: ResourceInstance[]): ListTarget[] {
  return listTargetsImpl(instances);
}

/** The mapping for a Terraform type (`aws_*` from the table, `awscc_*` generically), or undefined: `unsupported`. */
export function mappingFor(terraformType: string): ResourceMapping | undefined {
  return mappingForImpl(terraformType);
}

/** The generic mapping of an `awscc_*` type. */
export function awsccMapping(terraformType: string): ResourceMapping | undefined {
  return awsccMappingImpl(terraformType);
}

/**
 * The Cloud Control identifier of a live resource from its properties (ListResources with full properties), by
 * the type's primary identifier; undefined when the type's primary identifier is not known.
 */
export function identifierFromLive(cloudType: string, props: Record<string, unknown>): string | undefined {
  return identifierFromLiveImpl(cloudType, props);
}

// ---------------------------------------------------------------------------------------------------------------
// 3. Expected values and comparison

export interface ExpectedAttribute {
  /** Terraform-shaped value (nested blocks are lists of objects). */
  value: JsonValue;
  source: 'config' | 'state';
  /** Range of the attribute (or nested block) in its file, when the config sets it. */
  range?: Range;
  file?: string;
  /** The value comes from a sensitive variable or state path: differences show a redaction mark. */
  sensitive?: boolean;
  /** Neither the code's value nor a state value is known: not compared. */
  unknown?: boolean;
}

/** Top-level Terraform attribute name -> expected value. Only attributes the code sets (or, without config, the state's mapped ones). */
export type ExpectedValues = Record<string, ExpectedAttribute>;

export interface ExpectedContext {
  /** Override for the module's index (defaults to the instance's own). */
  module?: ModuleIndex;
  /** default_tags of the provider, already evaluated (defaults to the instance's provider block's). */
  providerDefaultTags?: Record<string, string>;
  /** Line starts per file, to turn offsets into ranges; the file is read from disk when absent. */
  lineStarts?: (file: string) => number[] | undefined;
}

export function expectedValues(instance: ResourceInstance, ctx: ExpectedContext = {}): ExpectedValues {
  return expectedValuesImpl(instance, ctx);
}

export interface TypeSchemaFacts {
  /** Property paths never returned by reads: `/properties/Code` or `Code`, `Foo/*\/Bar` for array items. */
  writeOnly?: string[];
  /** Properties the service sets itself. */
  readOnly?: string[];
}

/**
 * Compares one instance with its live Cloud Control properties (GetResource's ResourceModel, parsed). Returns
 * `in_sync` or `drifted` with differences (Terraform paths, expected, actual, kind, source, range); `not_in_state`
 * when the instance has no state (with the differences found, if any).
 */
export function compareResource(
  instance: ResourceInstance,
  expected: ExpectedValues,
  liveProperties: Record<string, unknown>,
  schema?: TypeSchemaFacts,
  lineStarts?: (file: string) => number[] | undefined,
): ResourceResult {
  return compareResourceImpl(instance, expected, liveProperties, schema, lineStarts);
}

/**
 * A result for an instance without comparison: `missing`, `unsupported`, `not_in_state`, `error` (with reason).
 * `lineStarts` gives the file's line starts for the header range (an open editor's text); else they are read from disk.
 */
export function baseResult(instance: ResourceInstance, status: ResourceStatus, error?: string, lineStarts?: (file: string) => number[] | undefined): ResourceResult {
  return baseResultImpl(instance, status, error, lineStarts);
}
