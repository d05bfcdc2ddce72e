// The type and attribute mapping, as data. A mapping says which CloudFormation type a Terraform type is, how to
// build its Cloud Control identifier, and how each Terraform attribute corresponds to a property of the
// CloudFormation resource model (path, shape, value transform).
import type { Shape } from './shapes';
import type { TfKind } from './tfSchemas';

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
  | 'sgRules'
  /** A Terraform list of values against a list of objects holding each value under this key (`[{PrivateIpAddress}]`). */
  | { listOf: string }
  /** Both sides reduced to the first capture group of this regular expression (a key id out of a key ARN). */
  | { capture: string }
  /** A Terraform map against a list of `{<name>, <value>}` objects (`{ mapOf: ['Name', 'Value'] }`: alarm dimensions). */
  | { mapOf: [string, string] }
  /** One field of the element of a list that has these properties (`{ where: { Protocol: 'lambda' }, field: 'SuccessFeedbackRoleArn' }`). */
  | { where: Record<string, string>; field: string }
  /** An IP protocol, by name or number (`tcp` is `6`, `all` is `-1`). */
  | 'protocol'
  /**
   * Terraform blocks of `{name, value}` against a map of name to value (`{ blocksAsMap: ['name', 'value'] }`: a
   * parameter group's `parameter`): the names the code sets are compared, other live entries (defaults) are not.
   */
  | { blocksAsMap: [string, string] }
  /** A version the code may give as a prefix: `16` is `16.4` (an engine version AWS completes). */
  | 'versionPrefix';

export interface AttributeMapping {
  /**
   * Property path in the resource model, `/` separated: `VersioningConfiguration/Status`. The empty path is the
   * model itself: a Terraform block whose arguments are top-level properties (aws_lb_target_group's `health_check
   * { interval }` is `HealthCheckIntervalSeconds`), with `single` and `items`.
   */
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
  /**
   * The property's shape in the CloudFormation schema (filled in when the mapping is built). Without explicit
   * `items` or `transform`, values are compared as the shape says: nested objects by property name (snake_case),
   * lists unordered when the schema or Terraform says so, maps key by key, JSON documents as documents.
   */
  shape?: Shape;
  /** The attribute's kind in the Terraform provider's schema (filled in when the mapping is built). */
  tf?: TfKind;
  /** The attribute is compared in the order given even where the schema calls the list unordered. */
  ordered?: boolean;
  /**
   * The property is read-only in the schema (AWS sets it) but says what the argument says, so it is compared (a
   * launch template's DefaultVersionNumber against `default_version`). A revert never writes it.
   */
  readOnlyOk?: boolean;
  /**
   * A list of objects matched element by element on this property of the schema (`Event`): each element the code
   * declares is compared with the live element of the same key; live elements the code does not declare (defaults
   * AWS adds) are not drift.
   */
  keyedBy?: string;
}

/** How a piece of an identifier is cut out of a state value. */
interface PieceOf {
  /** Take the `index`th piece of the value split at this separator. */
  split?: string;
  index?: number;
  /** Take the first capture group of this regular expression (`:function:([^:]+)` for a name out of an ARN). */
  match?: string;
}

/** One part of a Cloud Control identifier, in the schema's primaryIdentifier order. */
export type IdentifierPart =
  /** The state's `id`. */
  | ({ id: true } & PieceOf)
  /** A state attribute; with `or`, the first of these attributes that is set (an IPv4, IPv6 or prefix-list destination). */
  | ({ attr: string; or?: string[]; ref?: undefined } & PieceOf)
  /** A fixed piece (`IGW` in `IGW|vpc-0a1b`). */
  | { const: string }
  /**
   * A state attribute of the resource the code's argument `ref` refers to: an event target's `rule =
   * aws_cloudwatch_event_rule.x.name` gives the rule's `arn` with `{ ref: 'rule', attr: 'arn' }`.
   */
  | ({ ref: string; attr: string } & PieceOf);

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
  /**
   * For resources that are one element of a list of another resource (aws_iam_role_policy_attachment is one ARN of
   * AWS::IAM::Role's ManagedPolicyArns): the element must be there (else the resource is `missing`), and its other
   * attributes are compared with the element. Implies `subResource`.
   */
  member?: MembershipRule;
  /** Why some Terraform arguments are not compared (shown by `driftlog coverage --verbose`). */
  notCompared?: Record<string, string>;
  /** Terraform's import ID, when it is not what the identifier rule gives back (see TableEntry.importId). */
  importId?: string;
}

/**
 * How a Terraform resource is an element of a list property of its parent. A scalar list (`value`), or a list of
 * objects matched on some keys (`key`); the remaining attributes (`attributes`) are compared with the element found.
 */
export interface MembershipRule {
  /** The parent's list property: `ManagedPolicyArns`, `Targets`. */
  prop: string;
  /** Scalar list: the Terraform attribute whose value is an element. */
  value?: string;
  /**
   * List of objects: element property -> Terraform attribute (or a path into a block: `traffic_source[0].type`);
   * an element matches when all are equal.
   */
  key?: Record<string, string>;
  /** Element property -> mapping of the Terraform attribute compared once the element is found. */
  attributes?: Record<string, AttributeMapping>;
  /**
   * aws_security_group_rule: the rule is one element per source (cidr_blocks, security groups ...) of the group's
   * SecurityGroupIngress or SecurityGroupEgress (by its `type`); `prop` is ignored.
   */
  sgRule?: boolean;
}

/**
 * An entry of the aws_* table (mapping/aws/): what a Terraform type is in CloudFormation terms. Most attributes are
 * named in `same` (the property of the same name in snake_case: `vpc_id` is `VpcId`); their property path, shape and
 * Terraform kind come from the schemas when the mapping is built. `attributes` holds what the names do not say:
 * another property name, a transform, a default, a nested mapping; for a name also in `same` it refines the
 * derived mapping (its fields win).
 */
export interface TableEntry {
  cloudType: string;
  identifier: IdentifierRule;
  same?: string[];
  attributes?: Record<string, Partial<AttributeMapping>>;
  identityAttributes?: string[];
  subResource?: boolean;
  member?: MembershipRule;
  /** Arguments deliberately not compared, with the reason (no counterpart in the resource model, write-only ...). */
  notCompared?: Record<string, string>;
  /**
   * Terraform's import ID as a template, when running the identifier rule backwards does not give it (the provider
   * documentation's Import section): `{role}/{policy_arn}` names Terraform attributes, `{Arn}` live properties, `{0}`
   * the Cloud Control identifier's parts.
   */
  importId?: string;
}
