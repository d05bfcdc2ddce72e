// The emulator's seed: test credentials, per-type schema facts and the resources that exist at start, per account,
// region and type. Documented by test-fixtures/emulator/seed.schema.json and the commented example beside it.
import { readFileSync } from 'node:fs';

export type JsonObject = { [key: string]: unknown };

/** How a type's list handler answers ListResources. */
export type ListMode = 'full' | 'identifiers' | 'needs-model' | 'none';
export const LIST_MODES: readonly ListMode[] = ['full', 'identifiers', 'needs-model', 'none'];

export interface SeedCredential {
  accessKeyId: string;
  secretAccessKey: string;
  account: string;
  /** The principal CloudTrail records for this key: `arn:aws:iam::123456789012:user/alice`. */
  principalArn: string;
  /** Cloud Control operations (`GetResource`, ...) and/or types (`AWS::IAM::Role`) this key is refused. */
  deny?: string[];
}

export interface TypeFacts {
  /** Property paths of the primary identifier, in order: `/properties/BucketName` (the prefix is optional). */
  primaryIdentifier: string[];
  readOnly?: string[];
  writeOnly?: string[];
  createOnly?: string[];
  list?: ListMode;
  /**
   * Values given to absent properties when a resource is created (from the seed or CreateResource): templates with
   * `${account}`, `${region}`, `${hex:N}` (N random hex digits) and `${Prop}` (another property's value).
   */
  generate?: Record<string, string>;
}

/** An out-of-band change applied at start, after the resources, and recorded in CloudTrail (for demos). */
export interface SeedChange {
  type: string;
  identifier: string;
  account?: string;
  region?: string;
  /** ARN, or a user name (arn:aws:iam::<account>:user/<name>). */
  principal?: string;
  /** RFC 6902 operations, or `properties` merged at the top level (null removes). */
  patch?: unknown[];
  properties?: JsonObject;
  eventName?: string;
  eventSource?: string;
  /** ISO 8601. */
  eventTime?: string;
}

export interface Seed {
  credentials: SeedCredential[];
  types: Record<string, TypeFacts>;
  /** account -> region -> type -> list of property objects. */
  resources?: Record<string, Record<string, Record<string, JsonObject[]>>>;
  changes?: SeedChange[];
}

export class SeedError extends Error {}

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function stringArray(v: unknown, where: string): string[] | undefined {
  if (v === undefined) return undefined;
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw new SeedError(`${where} must be an array of strings`);
  return v as string[];
}

/** A misspelt key would silently lose a fact (a write-only property shown, say): refuse unknown keys. */
function onlyKeys(o: JsonObject, allowed: string[], where: string): void {
  for (const k of Object.keys(o)) {
    if (!allowed.includes(k)) throw new SeedError(`${where}: unknown key "${k}" (expected one of ${allowed.join(', ')})`);
  }
}

const TYPE_NAME = /^[A-Za-z0-9]+::[A-Za-z0-9]+::[A-Za-z0-9]+$/;

/** Checks the shape of a parsed seed; throws SeedError naming the first bad place. */
export function validateSeed(raw: unknown): Seed {
  if (!isObject(raw)) throw new SeedError('the seed must be a JSON object');
  onlyKeys(raw, ['$schema', 'credentials', 'types', 'resources', 'changes'], 'the seed');
  const creds = raw['credentials'];
  if (!Array.isArray(creds) || creds.length === 0) throw new SeedError('credentials must be a non-empty array');
  const credentials: SeedCredential[] = creds.map((c, i) => {
    const where = `credentials[${i}]`;
    if (!isObject(c)) throw new SeedError(`${where} must be an object`);
    onlyKeys(c, ['accessKeyId', 'secretAccessKey', 'account', 'principalArn', 'deny'], where);
    for (const k of ['accessKeyId', 'secretAccessKey', 'account', 'principalArn']) {
      if (typeof c[k] !== 'string' || c[k] === '') throw new SeedError(`${where}.${k} must be a non-empty string`);
    }
    if (!/^\d{12}$/.test(c['account'] as string)) throw new SeedError(`${where}.account must be a 12-digit account id`);
    if (!(c['principalArn'] as string).startsWith('arn:')) throw new SeedError(`${where}.principalArn must be an ARN`);
    return {
      accessKeyId: c['accessKeyId'] as string,
      secretAccessKey: c['secretAccessKey'] as string,
      account: c['account'] as string,
      principalArn: c['principalArn'] as string,
      deny: stringArray(c['deny'], `${where}.deny`),
    };
  });
  const seen = new Set<string>();
  for (const c of credentials) {
    if (seen.has(c.accessKeyId)) throw new SeedError(`credentials: access key id ${c.accessKeyId} appears twice`);
    seen.add(c.accessKeyId);
  }
  const typesRaw = raw['types'];
  if (!isObject(typesRaw)) throw new SeedError('types must be an object keyed by CloudFormation type name');
  const types: Record<string, TypeFacts> = {};
  for (const [name, t] of Object.entries(typesRaw)) {
    const where = `types["${name}"]`;
    if (!TYPE_NAME.test(name)) throw new SeedError(`${where}: not a CloudFormation type name (Org::Service::Resource)`);
    if (!isObject(t)) throw new SeedError(`${where} must be an object`);
    onlyKeys(t, ['primaryIdentifier', 'readOnly', 'writeOnly', 'createOnly', 'list', 'generate'], where);
    const primaryIdentifier = stringArray(t['primaryIdentifier'], `${where}.primaryIdentifier`);
    if (!primaryIdentifier || primaryIdentifier.length === 0) throw new SeedError(`${where}.primaryIdentifier must list at least one property path`);
    const list = t['list'] ?? 'full';
    if (!LIST_MODES.includes(list as ListMode)) throw new SeedError(`${where}.list must be one of ${LIST_MODES.join(', ')}`);
    const generate = t['generate'];
    if (generate !== undefined && (!isObject(generate) || Object.values(generate).some((v) => typeof v !== 'string'))) {
      throw new SeedError(`${where}.generate must map property paths to template strings`);
    }
    types[name] = {
      primaryIdentifier,
      readOnly: stringArray(t['readOnly'], `${where}.readOnly`),
      writeOnly: stringArray(t['writeOnly'], `${where}.writeOnly`),
      createOnly: stringArray(t['createOnly'], `${where}.createOnly`),
      list: list as ListMode,
      generate: generate as Record<string, string> | undefined,
    };
  }
  const resRaw = raw['resources'];
  const resources: NonNullable<Seed['resources']> = {};
  if (resRaw !== undefined) {
    if (!isObject(resRaw)) throw new SeedError('resources must be an object: account -> region -> type -> [properties]');
    for (const [account, regions] of Object.entries(resRaw)) {
      if (!/^\d{12}$/.test(account)) throw new SeedError(`resources: "${account}" is not a 12-digit account id`);
      if (!isObject(regions)) throw new SeedError(`resources["${account}"] must be an object keyed by region`);
      resources[account] = {};
      for (const [region, byType] of Object.entries(regions)) {
        if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region)) throw new SeedError(`resources["${account}"]: "${region}" is not a region name`);
        if (!isObject(byType)) throw new SeedError(`resources["${account}"]["${region}"] must be an object keyed by type`);
        resources[account]![region] = {};
        for (const [type, list] of Object.entries(byType)) {
          const where = `resources["${account}"]["${region}"]["${type}"]`;
          if (!types[type]) throw new SeedError(`${where}: type ${type} has no entry in types`);
          if (!Array.isArray(list) || list.some((p) => !isObject(p))) throw new SeedError(`${where} must be an array of property objects`);
          resources[account]![region]![type] = list as JsonObject[];
        }
      }
    }
  }
  const changesRaw = raw['changes'];
  let changes: SeedChange[] | undefined;
  if (changesRaw !== undefined) {
    if (!Array.isArray(changesRaw)) throw new SeedError('changes must be an array of out-of-band changes');
    changes = changesRaw.map((c, i) => {
      const where = `changes[${i}]`;
      if (!isObject(c)) throw new SeedError(`${where} must be an object`);
      onlyKeys(c, ['type', 'identifier', 'account', 'region', 'principal', 'patch', 'properties', 'eventName', 'eventSource', 'eventTime'], where);
      for (const k of ['type', 'identifier']) if (typeof c[k] !== 'string' || c[k] === '') throw new SeedError(`${where}.${k} must be a non-empty string`);
      for (const k of ['account', 'region', 'principal', 'eventName', 'eventSource', 'eventTime']) {
        if (c[k] !== undefined && typeof c[k] !== 'string') throw new SeedError(`${where}.${k} must be a string`);
      }
      if (!types[c['type'] as string]) throw new SeedError(`${where}: type ${String(c['type'])} has no entry in types`);
      if ((c['patch'] === undefined) === (c['properties'] === undefined)) throw new SeedError(`${where}: give exactly one of patch or properties`);
      if (c['patch'] !== undefined && !Array.isArray(c['patch'])) throw new SeedError(`${where}.patch must be an array of RFC 6902 operations`);
      if (c['properties'] !== undefined && !isObject(c['properties'])) throw new SeedError(`${where}.properties must be an object`);
      if (c['eventTime'] !== undefined && Number.isNaN(new Date(c['eventTime'] as string).getTime())) throw new SeedError(`${where}.eventTime must be an ISO 8601 time`);
      return c as unknown as SeedChange;
    });
  }
  return { credentials, types, resources, changes };
}

export function loadSeedFile(path: string): Seed {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new SeedError(`cannot read seed file ${path}: ${(e as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new SeedError(`seed file ${path} is not valid JSON: ${(e as Error).message}`);
  }
  try {
    return validateSeed(raw);
  } catch (e) {
    if (e instanceof SeedError) throw new SeedError(`seed file ${path}: ${e.message}`);
    throw e;
  }
}
