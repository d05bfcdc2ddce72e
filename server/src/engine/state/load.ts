// Reads Terraform state: the local backend, an explicit file, the S3 backend, or `terraform show -json` output.
//
// Which workspace: opts.workspace, else TF_WORKSPACE, else `.terraform/environment` (what `terraform workspace
// select` writes), else `default`.
//
// Another workspace's state is detected where the state's location names a workspace: an explicit path inside
// `terraform.tfstate.d/<ws>/` and an S3 key under `<workspace_key_prefix>/<ws>/`. A state file itself does not
// record its workspace, so a copied file elsewhere cannot be told apart; `expectedLineage` (the lineage a
// previous scan of this workspace saw) catches that case too.

import { existsSync, promises as fs, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import type { LoadStateOptions, S3BackendSettings } from '../compare/api';
import { EMPTY_CONTEXT, evaluate, evaluateString } from '../eval/evaluate';
import type { JsonValue } from '../scan/types';
import { StateError, type StateInstance, type TerraformState } from './types';

/** The workspace Terraform would use in this directory. */
export function currentWorkspace(moduleDir: string, explicit?: string): string {
  if (explicit) return explicit;
  const env = process.env.TF_WORKSPACE;
  if (env) return env;
  const dataDir = process.env.TF_DATA_DIR ? path.resolve(moduleDir, process.env.TF_DATA_DIR) : path.join(moduleDir, '.terraform');
  try {
    const ws = readFileSync(path.join(dataDir, 'environment'), 'utf8').trim();
    if (ws) return ws;
  } catch {
    // no selected workspace: default
  }
  return 'default';
}

export async function loadState(opts: LoadStateOptions): Promise<TerraformState | undefined> {
  const workspace = currentWorkspace(opts.moduleDir, opts.workspace);
  let state: TerraformState | undefined;
  if (opts.statePath) {
    const file = path.resolve(opts.moduleDir, opts.statePath);
    const named = workspaceInPath(file);
    if (named !== undefined && named !== workspace) {
      throw new StateError(
        'wrong-workspace',
        file,
        `${file} is the state of workspace '${named}', but the selected workspace is '${workspace}'. Select that workspace (terraform workspace select ${named}, or TF_WORKSPACE) or point the state path at ${workspace}'s state.`,
      );
    }
    state = await readStateFile(file, workspace, true);
  } else {
    const backend = opts.backend;
    const type = backend?.type ?? 'local';
    if (type === 'local') {
      const cfg = backend?.config ?? {};
      const file =
        workspace === 'default'
          ? path.resolve(opts.moduleDir, evaluateString(cfg.path) ?? 'terraform.tfstate')
          : path.resolve(opts.moduleDir, evaluateString(cfg.workspace_dir) ?? 'terraform.tfstate.d', workspace, 'terraform.tfstate');
      state = await readStateFile(file, workspace, false);
    } else if (type === 's3') {
      state = await readS3State(opts, workspace);
    } else {
      throw new StateError(
        'unsupported-backend',
        backend!.file,
        `The '${type}' backend (${backend!.file}) is not supported for reading state. Export it with 'terraform show -json > state.json' and set that file as the state path.`,
      );
    }
  }
  if (state && opts.expectedLineage && state.lineage && state.lineage !== opts.expectedLineage) {
    throw new StateError(
      'wrong-workspace',
      state.source,
      `${state.source} has lineage ${state.lineage}, not ${opts.expectedLineage} as the state of workspace '${workspace}' had: it is another workspace's or another configuration's state.`,
    );
  }
  return state;
}

function workspaceInPath(file: string): string | undefined {
  const parts = file.split(path.sep);
  const i = parts.lastIndexOf('terraform.tfstate.d');
  return i >= 0 && i + 1 < parts.length - 1 ? parts[i + 1] : undefined;
}

async function readStateFile(file: string, workspace: string, mustExist: boolean): Promise<TerraformState | undefined> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !mustExist) return undefined;
    throw new StateError('read-failed', file, `Cannot read the state file ${file}: ${code === 'ENOENT' ? 'it does not exist' : (e as Error).message}.`);
  }
  return parseState(text, file, workspace);
}

async function readS3State(opts: LoadStateOptions, workspace: string): Promise<TerraformState | undefined> {
  const backend = opts.backend!;
  const cfg = backend.config;
  // Partial configuration (-backend-config): `terraform init` keeps the merged settings in .terraform/terraform.tfstate.
  const cached = initBackendConfig(opts.moduleDir, 's3');
  const pick = (name: string): string | undefined => evaluateString(cfg[name]) ?? (typeof cached?.[name] === 'string' && cached[name] ? (cached[name] as string) : undefined);
  const bucket = pick('bucket');
  const key = pick('key');
  const region = pick('region');
  if (!bucket || !key) {
    throw new StateError(
      'unsupported-backend',
      backend.file,
      `The s3 backend in ${backend.file} has no literal bucket and key, and .terraform/terraform.tfstate (written by terraform init) does not name them: run terraform init, or set the state path to a local copy.`,
    );
  }
  const prefix = pick('workspace_key_prefix') ?? 'env:';
  const objectKey = workspace === 'default' ? key : `${prefix}/${workspace}/${key}`;
  const source = `s3://${bucket}/${objectKey}`;
  if (!opts.s3) throw new StateError('read-failed', source, `Cannot read ${source}: no S3 client was provided.`);
  const client = opts.s3(region, s3Settings(backend));
  let text: string;
  try {
    const out = await client.send(new GetObjectCommand({ Bucket: bucket, Key: objectKey }));
    text = (await out.Body?.transformToString('utf8')) ?? '';
  } catch (e) {
    const name = (e as { name?: string }).name;
    if (name === 'NoSuchKey' || name === 'NotFound') return undefined;
    throw new StateError('read-failed', source, `Cannot read the state ${source}: ${name ?? 'error'}: ${(e as Error).message}`);
  }
  return parseState(text, source, workspace);
}

/** The backend settings `terraform init` recorded in .terraform/terraform.tfstate, when they are of this type. */
function initBackendConfig(moduleDir: string, type: string): Record<string, unknown> | undefined {
  const dataDir = process.env.TF_DATA_DIR ? path.resolve(moduleDir, process.env.TF_DATA_DIR) : path.join(moduleDir, '.terraform');
  try {
    const doc = JSON.parse(readFileSync(path.join(dataDir, 'terraform.tfstate'), 'utf8')) as unknown;
    if (!isObject(doc) || !isObject(doc.backend) || doc.backend.type !== type || !isObject(doc.backend.config)) return undefined;
    return doc.backend.config;
  } catch {
    return undefined;
  }
}

function s3Settings(backend: NonNullable<LoadStateOptions['backend']>): S3BackendSettings {
  const cfg = backend.config;
  const out: S3BackendSettings = {};
  const profile = evaluateString(cfg.profile);
  if (profile) out.profile = profile;
  let roleArn = evaluateString(cfg.role_arn);
  const ar = backend.block.body.blocks.find((b) => b.type === 'assume_role');
  const arAttr = ar?.body.attributes.find((a) => a.name === 'role_arn');
  if (arAttr) roleArn = evaluateString(arAttr.expr) ?? roleArn;
  // `assume_role = { role_arn = ... }` written as an attribute.
  const arObj = cfg.assume_role;
  if (arObj && arObj.kind === 'object') {
    const item = arObj.items.find((i) => i.key.kind === 'literal' && i.key.value === 'role_arn');
    if (item) roleArn = evaluateString(item.value) ?? roleArn;
  }
  if (roleArn) out.roleArn = roleArn;
  let endpoint = evaluateString(cfg.endpoint);
  const eps = cfg.endpoints;
  if (eps && eps.kind === 'object') {
    const item = eps.items.find((i) => i.key.kind === 'literal' && i.key.value === 's3');
    if (item) endpoint = evaluateString(item.value) ?? endpoint;
  }
  const epBlock = backend.block.body.blocks.find((b) => b.type === 'endpoints');
  const epAttr = epBlock?.body.attributes.find((a) => a.name === 's3');
  if (epAttr) endpoint = evaluateString(epAttr.expr) ?? endpoint;
  if (endpoint) out.endpoint = endpoint;
  const pathStyle = evaluate(cfg.use_path_style ?? cfg.force_path_style ?? { kind: 'invalid', start: 0, end: 0 }, EMPTY_CONTEXT);
  if (typeof pathStyle === 'boolean') out.forcePathStyle = pathStyle;
  return out;
}

/** Parses a v4 state or `terraform show -json` output. `source` names the file in error messages. */
export function parseState(text: string, source: string, workspace = 'default'): TerraformState {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new StateError('malformed', source, `${source} is not valid JSON (${(e as Error).message}): it is not a Terraform state file.`);
  }
  if (!isObject(doc)) throw new StateError('malformed', source, `${source} is not a Terraform state: the top level is not a JSON object.`);
  if ('format_version' in doc) return parseShowJson(doc, source, workspace);
  if (!('version' in doc)) {
    throw new StateError('malformed', source, `${source} is not a Terraform state: it has neither "version" (a state file) nor "format_version" (terraform show -json).`);
  }
  const version = doc.version;
  if (version !== 4) {
    const hint = typeof version === 'number' && version < 4 ? ' (written by Terraform before 0.12: run any Terraform 0.12+ command to upgrade it)' : '';
    throw new StateError('unknown-version', source, `${source} has state format version ${JSON.stringify(version)}; Driftlog reads version 4${hint}.`);
  }
  const resources = doc.resources ?? [];
  if (!Array.isArray(resources)) throw new StateError('malformed', source, `${source}: "resources" is not a list.`);
  const instances: StateInstance[] = [];
  resources.forEach((r: unknown, i: number) => {
    if (!isObject(r) || typeof r.type !== 'string' || typeof r.name !== 'string' || !Array.isArray(r.instances)) {
      throw new StateError('malformed', source, `${source}: resources[${i}] is missing type, name or instances.`);
    }
    if (r.mode !== 'managed') return; // data sources
    const modulePath = typeof r.module === 'string' ? r.module : '';
    for (const inst of r.instances as unknown[]) {
      if (!isObject(inst)) throw new StateError('malformed', source, `${source}: an instance of ${r.type}.${r.name} is not an object.`);
      if (inst.deposed !== undefined) continue;
      const indexKey = typeof inst.index_key === 'string' || typeof inst.index_key === 'number' ? inst.index_key : undefined;
      instances.push({
        address: formatAddress(modulePath, r.type, r.name, indexKey),
        modulePath,
        type: r.type,
        name: r.name,
        ...(indexKey !== undefined ? { indexKey } : {}),
        providerConfig: typeof r.provider === 'string' ? r.provider : '',
        attributes: isObject(inst.attributes) ? (inst.attributes as Record<string, JsonValue>) : {},
        sensitivePaths: sensitivePathsV4(inst.sensitive_attributes),
      });
    }
  });
  return {
    source,
    format: 'v4',
    ...(typeof doc.terraform_version === 'string' ? { terraformVersion: doc.terraform_version } : {}),
    ...(typeof doc.serial === 'number' ? { serial: doc.serial } : {}),
    ...(typeof doc.lineage === 'string' ? { lineage: doc.lineage } : {}),
    workspace,
    instances,
  };
}

function parseShowJson(doc: Record<string, unknown>, source: string, workspace: string): TerraformState {
  const fv = String(doc.format_version);
  if (!/^1\.\d+$/.test(fv)) {
    throw new StateError('unknown-version', source, `${source} is terraform show -json output with format_version ${JSON.stringify(doc.format_version)}; Driftlog reads 1.x.`);
  }
  // A plan's JSON holds the state it was planned against in prior_state.
  const holder = isObject(doc.prior_state) ? doc.prior_state : doc;
  const values = holder.values;
  const instances: StateInstance[] = [];
  const walk = (mod: unknown, modulePath: string) => {
    if (!isObject(mod)) return;
    for (const r of Array.isArray(mod.resources) ? mod.resources : []) {
      if (!isObject(r) || r.mode !== 'managed' || typeof r.type !== 'string' || typeof r.name !== 'string') continue;
      if (r.deposed_key !== undefined) continue;
      const indexKey = typeof r.index === 'string' || typeof r.index === 'number' ? r.index : undefined;
      instances.push({
        address: formatAddress(modulePath, r.type, r.name, indexKey),
        modulePath,
        type: r.type,
        name: r.name,
        ...(indexKey !== undefined ? { indexKey } : {}),
        providerConfig: typeof r.provider_name === 'string' ? `provider["${r.provider_name}"]` : '',
        attributes: isObject(r.values) ? (r.values as Record<string, JsonValue>) : {},
        sensitivePaths: sensitivePathsShow(r.sensitive_values),
      });
    }
    for (const c of Array.isArray(mod.child_modules) ? mod.child_modules : []) {
      if (isObject(c) && typeof c.address === 'string') walk(c, c.address);
    }
  };
  if (values !== undefined) {
    if (!isObject(values)) throw new StateError('malformed', source, `${source}: "values" is not an object.`);
    walk(values.root_module, '');
  }
  return {
    source,
    format: 'show-json',
    ...(typeof doc.terraform_version === 'string' ? { terraformVersion: doc.terraform_version } : {}),
    workspace,
    instances,
  };
}

/** `module.net.aws_subnet.private["a"]`. */
export function formatAddress(modulePath: string, type: string, name: string, indexKey?: string | number): string {
  const base = `${modulePath ? modulePath + '.' : ''}${type}.${name}`;
  if (indexKey === undefined) return base;
  return typeof indexKey === 'number' ? `${base}[${indexKey}]` : `${base}[${JSON.stringify(indexKey)}]`;
}

/** Terraform path steps (`[{type:"get_attr",value:"password"}]`) to `password`, `environment[0].variables`. */
function sensitivePathsV4(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  const out: string[] = [];
  for (const p of raw) {
    if (typeof p === 'string') {
      out.push(p.replace(/^\./, ''));
      continue;
    }
    if (!Array.isArray(p)) continue;
    let s = '';
    for (const step of p) {
      if (!isObject(step)) continue;
      if (step.type === 'get_attr') s += (s ? '.' : '') + String(step.value);
      else if (step.type === 'index') {
        const v = isObject(step.value) ? step.value.value : step.value;
        s += typeof v === 'number' ? `[${v}]` : `[${JSON.stringify(v)}]`;
      }
    }
    if (s) out.push(s);
  }
  return out;
}

/** `sensitive_values` of show -json mirrors the values with `true` where sensitive. */
function sensitivePathsShow(raw: unknown, prefix = ''): string[] {
  if (raw === true) return prefix ? [prefix] : [];
  const out: string[] = [];
  if (Array.isArray(raw)) raw.forEach((v, i) => out.push(...sensitivePathsShow(v, `${prefix}[${i}]`)));
  else if (isObject(raw)) for (const [k, v] of Object.entries(raw)) out.push(...sensitivePathsShow(v, prefix ? `${prefix}.${k}` : k));
  return out;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** True when a state file exists for the local backend (for callers that want to say "no state" up front). */
export function hasLocalState(moduleDir: string): boolean {
  return existsSync(path.join(moduleDir, 'terraform.tfstate')) || existsSync(path.join(moduleDir, 'terraform.tfstate.d'));
}
