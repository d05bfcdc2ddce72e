// The type and attribute mapping, as data. A mapping says which CloudFormation type a Terraform type is, how to
// build its Cloud Control identifier, and how each Terraform attribute corresponds to a property of the
// CloudFormation resource model (path, shape, value transform).

/**
 * How a value is transformed between the Terraform attribute and the CloudFormation property. Named transforms are
 * implemented once in mapping/transforms.ts; the table only names them.
 */
export type ValueTransform =
  /** Terraform map `{k = v}` <-> `[{Key, Value}]`. */
  | 'tags'
  /** Terraform map <-> CloudFormation JSON object map (same shape). */
  | 'tagMap'
  /** A JSON document held as a string in Terraform, an object (or string) in CloudFormation: compared semantically. */
  | 'json'
  /** Compare case-insensitively (AWS normalises the case of this enum). */
  | 'enumCI'
  /** Number on one side, numeric string on the other. */
  | 'number'
  /** Boolean on one side, "true"/"false" on the other. */
  | 'bool'
  /** A DNS name where a trailing dot is insignificant. */
  | 'dnsName'
  /** Terraform bool -> one of two strings: `{ boolToString: [whenTrue, whenFalse] }`. */
  | { boolToString: [string, string] }
  /** The Terraform attribute is the AttributeName of the element of a KeySchema list with this KeyType. */
  | { keySchema: 'HASH' | 'RANGE' }
  /** The Value of the `{Key, Value}` element with this Key in a list (load balancer attributes): strings for bools and numbers. */
  | { keyValue: string }
  /** Security group rules: one Terraform rule with N cidr_blocks is N CloudFormation rules. */
  | 'sgRules';

export interface AttributeMapping {
  /** Property path in the resource model, `/` separated: `VersioningConfiguration/Status`. */
  prop: string;
  transform?: ValueTransform;
  /** The attribute is a set: compared unordered. */
  set?: boolean;
  /** A nested block or list of objects: the mapping of each element's attributes. */
  items?: Record<string, AttributeMapping>;
  /** A nested block that Terraform keeps as a list of one object while CloudFormation holds a single object. */
  single?: boolean;
  /** Never returned by Cloud Control reads: never compared. */
  writeOnly?: boolean;
  /** Changing it replaces the resource (CloudFormation createOnlyProperties). */
  createOnly?: boolean;
  /** The value Terraform/AWS assumes when the attribute is absent, compared as equal to absent. */
  default?: unknown;
}

/** One part of a Cloud Control identifier, in the schema's primaryIdentifier order. */
export type IdentifierPart =
  /** The state's `id` (or a `sep`-separated piece of it). */
  | { id: true; split?: string; index?: number }
  /** A state/config attribute. */
  | { attr: string };

export interface IdentifierRule {
  /** From the state object. */
  state: IdentifierPart[];
  /**
   * Config attributes that hold the primary identifier (in primaryIdentifier order), when it is set in the code
   * (a bucket name, a role name): what makes a resource without state `not_in_state` with an identifier.
   */
  config?: string[];
}

export interface ResourceMapping {
  terraformType: string;
  /** CloudFormation type: `AWS::S3::Bucket`. */
  cloudType: string;
  /** primaryIdentifier property names, in schema order. */
  primaryIdentifier: string[];
  identifier: IdentifierRule;
  /** Terraform attribute -> property. Attributes absent here are not compared (identity attributes included). */
  attributes: Record<string, AttributeMapping>;
  /** Attributes that only identify the parent (`bucket` of the split S3 resources): not compared. */
  identityAttributes?: string[];
  /**
   * For resources that manage a sub-tree of another type (aws_s3_bucket_versioning onto AWS::S3::Bucket): the
   * parent owns the rest, and ListResources of the cloud type must not count this resource as a claim of its own.
   */
  subResource?: boolean;
  /** Tags attribute name (`tags`) that is merged with the provider's default_tags. */
  tagsAttribute?: string;
  /** Write-only properties of the CloudFormation type (paths as `/properties/X`). */
  writeOnly?: string[];
  /** Create-only properties of the CloudFormation type. */
  createOnly?: string[];
  /** `generic`: awscc (property names converted), `table`: curated. */
  kind: 'table' | 'generic';
}
