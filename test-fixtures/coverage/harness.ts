// The per-type coverage fixtures (one pair of files per mapped aws_* type, in types/) and what the coverage test
// builds from them: one workspace with a module per fixture, its Terraform state, and the emulator seed for each of
// the three phases (as written, drift planted, look-alike). README.md beside this file says how to write one.
import { readdirSync, readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyPatch, type Operation } from 'rfc6902';
import { cfnFacts } from '../../server/src/engine/mapping/cfnSchemas';
import { identifierFromLive } from '../../server/src/engine/mapping/index';

export const TYPES_DIR = join(__dirname, 'types');
export const ACCOUNT = '123456789012';
export const REGION = 'eu-west-1';
export const CREDENTIAL = {
  accessKeyId: 'AKIDDRIFTLOGCOVER001',
  secretAccessKey: 'driftlog-coverage-secret-0001',
  account: ACCOUNT,
  principalArn: `arn:aws:iam::${ACCOUNT}:user/coverage`,
};

export interface LiveDoc {
  /** CloudFormation type: `AWS::EC2::Subnet`. */
  type: string;
  /** The resource model as Cloud Control's GetResource returns it. */
  properties: Record<string, unknown>;
}

/** RFC 6902 operations on the live document of (type, identifier), or its deletion (`delete: true`). */
export interface LivePatch {
  type: string;
  identifier: string;
  patch?: Operation[];
  delete?: true;
}

export interface Fixture {
  /** The Terraform type the fixture is about (the file name). */
  type: string;
  /** The module's configuration (`<type>.tf`). */
  hcl: string;
  /** Terraform state: local address (`aws_subnet.this`) -> attributes, as the provider records them. */
  state: Record<string, Record<string, unknown>>;
  /** What exists in AWS. */
  live: LiveDoc[];
  /** A change made behind Terraform's back, and what Driftlog must report on `<type>.this` for it. */
  drift: {
    why: string;
    patch: LivePatch[];
    /** `drifted` (default, with exactly these differences) or `missing` (an attachment taken away). */
    status?: 'drifted' | 'missing';
    expect: Array<{ path: string; kind: 'changed' | 'added' | 'removed' }>;
  };
  /** A change AWS makes, or a different spelling, that is not drift: nothing may be reported. */
  lookalike: {
    why: string;
    patch: LivePatch[];
  };
}

export function fixtureTypes(): string[] {
  return readdirSync(TYPES_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

export function loadFixture(type: string): Fixture {
  const data = JSON.parse(readFileSync(join(TYPES_DIR, `${type}.json`), 'utf8')) as Omit<Fixture, 'type' | 'hcl'>;
  return { type, hcl: readFileSync(join(TYPES_DIR, `${type}.tf`), 'utf8'), ...data };
}

/** The module address of a fixture's resources: `module.aws_subnet.aws_subnet.this`. */
export const addressIn = (fixture: string, local: string) => `module.${fixture}.${local}`;

export type Phase = 'written' | 'drift' | 'lookalike';

/** Applies a phase's patches to copies of the fixtures' live documents; throws when a patch does not apply or changes nothing. */
export function liveFor(fixtures: Fixture[], phase: Phase): Map<Fixture, LiveDoc[]> {
  const out = new Map<Fixture, LiveDoc[]>();
  for (const f of fixtures) {
    const docs = f.live.map((d) => ({ type: d.type, properties: structuredClone(d.properties) }));
    const patches = phase === 'drift' ? f.drift.patch : phase === 'lookalike' ? f.lookalike.patch : [];
    for (const p of patches) {
      const doc = docs.find((d) => d.type === p.type && identifierFromLive(d.type, d.properties) === p.identifier);
      if (!doc) throw new Error(`${f.type}: the ${phase} patch names ${p.type} ${p.identifier}, which is not among its live documents`);
      if (p.delete) {
        docs.splice(docs.indexOf(doc), 1);
        continue;
      }
      const before = JSON.stringify(doc.properties);
      const errors = applyPatch(doc.properties, structuredClone(p.patch ?? [])).filter((e) => e !== null);
      if (errors.length) throw new Error(`${f.type}: the ${phase} patch does not apply: ${errors.map((e) => e!.message).join('; ')}`);
      if (JSON.stringify(doc.properties) === before) throw new Error(`${f.type}: the ${phase} patch changes nothing`);
    }
    out.set(f, docs);
  }
  return out;
}

/** Writes the workspace: a root module calling one module per fixture, and the state of all of them. */
export function writeWorkspace(dir: string, fixtures: Fixture[]): void {
  mkdirSync(dir, { recursive: true });
  const calls = fixtures.map((f) => `module "${f.type}" {\n  source = "./${f.type}"\n}\n`);
  writeFileSync(join(dir, 'main.tf'), [`provider "aws" {\n  region = "${REGION}"\n}\n`, ...calls].join('\n'));
  const resources: unknown[] = [];
  for (const f of fixtures) {
    mkdirSync(join(dir, f.type), { recursive: true });
    writeFileSync(join(dir, f.type, 'main.tf'), f.hcl);
    for (const [local, attributes] of Object.entries(f.state)) {
      const m = /^([a-z0-9_]+)\.([A-Za-z0-9_-]+)$/.exec(local);
      if (!m) throw new Error(`${f.type}: state address ${local} is not <type>.<name>`);
      resources.push({
        module: `module.${f.type}`,
        mode: 'managed',
        type: m[1],
        name: m[2],
        provider: `provider["registry.terraform.io/hashicorp/${m[1].split('_')[0]}"]`,
        instances: [{ schema_version: 0, attributes, sensitive_attributes: [] }],
      });
    }
  }
  writeFileSync(
    join(dir, 'terraform.tfstate'),
    JSON.stringify({ version: 4, terraform_version: '1.9.8', serial: 1, lineage: 'driftlog-coverage-fixtures', outputs: {}, resources }, null, 1),
  );
}

/**
 * The emulator seed holding the given live documents, with each type's facts from the CloudFormation schemas. Every
 * type of `fixtures` is known to the emulator, even one whose only document a phase deleted (it is then `missing`,
 * not an unknown type).
 */
export function seedFor(live: Iterable<LiveDoc[]>, fixtures: Fixture[] = []) {
  const types: Record<string, { primaryIdentifier: string[]; readOnly?: string[]; writeOnly?: string[]; createOnly?: string[]; list: 'full' | 'needs-model' | 'none' }> = {};
  const byType: Record<string, Record<string, unknown>[]> = {};
  const declare = (type: string) => {
    const facts = cfnFacts(type);
    if (!facts) throw new Error(`${type} is not a Cloud Control type`);
    const p = (x: string) => `/properties/${x}`;
    types[type] ??= {
      primaryIdentifier: facts.p.map(p),
      ...(facts.r ? { readOnly: facts.r.map(p) } : {}),
      ...(facts.w ? { writeOnly: facts.w.map(p) } : {}),
      ...(facts.c ? { createOnly: facts.c.map(p) } : {}),
      list: facts.l === 1 ? 'full' : facts.l === 2 ? 'needs-model' : 'none',
    };
  };
  for (const f of fixtures) for (const d of f.live) declare(d.type);
  for (const docs of live) {
    for (const d of docs) {
      declare(d.type);
      (byType[d.type] ??= []).push(d.properties);
    }
  }
  return { credentials: [CREDENTIAL], types, resources: { [ACCOUNT]: { [REGION]: byType } } };
}
