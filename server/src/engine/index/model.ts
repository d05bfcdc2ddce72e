// The workspace index: what Driftlog knows about the Terraform configuration, file by file and module by
// module. Built by the walker (`walk.ts`) and the per-file indexer (`indexFile.ts`); consumed by the state
// reader, the comparison, the language server and the CLI. Nothing here imports vscode or the LSP connection.

import type { Attribute, Block, Body, Expr, Span, SyntaxError } from '../hcl/ast';

export type { Attribute, Block, Body, Expr, Span, SyntaxError };

/** Every kind of top-level block the index knows. Unknown top-level blocks are kept as `other`. */
export type BlockKind =
  | 'resource'
  | 'data'
  | 'module'
  | 'provider'
  | 'terraform'
  | 'variable'
  | 'locals'
  | 'output'
  | 'import'
  | 'moved'
  | 'other';

export interface FileSkip {
  /** Why the file was not parsed: not UTF-8, binary, larger than the limit, unreadable. */
  reason: 'not-utf8' | 'binary' | 'too-large' | 'unreadable';
  message: string;
}

/** One indexed `.tf`, `.tf.json`, `.tfvars` or `.tfvars.json` file. */
export interface IndexedFile {
  /** Absolute path. */
  path: string;
  /** Directory of the file, absolute: the Terraform module this file belongs to. */
  moduleDir: string;
  /** sha256 of the file's bytes, hex. */
  hash: string;
  syntax: 'native' | 'json';
  /** Offsets of the start of every line, for offset <-> position conversion. */
  lineStarts: number[];
  body: Body;
  errors: SyntaxError[];
  skipped?: FileSkip;
}

export interface ResourceInfo {
  mode: 'managed' | 'data';
  type: string;
  name: string;
  /** `type.name` or `data.type.name`, without module prefix (the module is given by `moduleDir`). */
  localAddress: string;
  file: string;
  moduleDir: string;
  block: Block;
  /** `count` / `for_each` expressions, when present. */
  count?: Expr;
  forEach?: Expr;
  /** `provider = aws.alias` as the text `aws.alias`, when present. */
  provider?: string;
  /** `lifecycle { ignore_changes = [...] }`: attribute paths in Terraform syntax, or 'all'. */
  ignoreChanges: string[] | 'all';
}

export interface ProviderInfo {
  name: string;
  alias?: string;
  file: string;
  moduleDir: string;
  block: Block;
  region?: Expr;
  profile?: Expr;
  assumeRole?: { roleArn?: Expr; sessionName?: Expr; externalId?: Expr };
  /** `default_tags { tags = {...} }`. */
  defaultTags?: Expr;
  /** `endpoints { cloudcontrol = "...", s3 = "..." }`: service name to expression. */
  endpoints: Record<string, Expr>;
}

export interface BackendInfo {
  type: string; // local, s3, remote, ...
  file: string;
  moduleDir: string;
  block: Block;
  /** Attributes of the backend block by name (path, bucket, key, region, profile, workspace_key_prefix, ...). */
  config: Record<string, Expr>;
}

export interface VariableInfo {
  name: string;
  file: string;
  block: Block;
  default?: Expr;
  sensitive: boolean;
}

export interface LocalInfo {
  name: string;
  file: string;
  attribute: Attribute;
}

export interface ModuleCallInfo {
  name: string;
  file: string;
  block: Block;
  source?: string;
  /** Absolute directory of a local source (`./modules/net`), when the source is a local path. */
  sourceDir?: string;
}

export interface TfvarsValue {
  name: string;
  file: string;
  attribute: Attribute;
}

/** Everything declared in one directory (one Terraform module). */
export interface ModuleIndex {
  dir: string;
  files: string[];
  resources: ResourceInfo[];
  providers: ProviderInfo[];
  backend?: BackendInfo;
  requiredProviders: Record<string, { source?: string; version?: string }>;
  variables: Map<string, VariableInfo>;
  locals: Map<string, LocalInfo>;
  outputs: Block[];
  moduleCalls: ModuleCallInfo[];
  imports: Block[];
  moved: Block[];
  /** Values from `terraform.tfvars`, `terraform.tfvars.json`, `*.auto.tfvars` and `*.auto.tfvars.json`, later files winning. */
  tfvars: Map<string, TfvarsValue>;
}
