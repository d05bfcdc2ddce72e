// Mapping lookup: `aws_*` from the table (aws/), built against the schemas on first use; `awscc_*` generically by
// the awscc naming rule; anything else, and aws_* types not in the table, unsupported with the reason (unsupported.ts).
import { AWS_TABLE, DUPLICATES } from './aws/index';
import { buildTableMapping } from './build';
import { allCfnTypes, cfnFacts, readable } from './cfnSchemas';
import { awsccTypeName } from './naming';
import { shapesOf } from './shapes';
import type { ResourceMapping } from './types';
import { unsupportedPhrase, unsupportedReason } from './unsupported';

/** awscc type names the provider spells differently from its own rule. */
const AWSCC_NAME_EXCEPTIONS: Record<string, string> = {
  'AWS::CloudWatch::OTelEnrichment': 'awscc_cloudwatch_otel_enrichment',
};

const cache = new Map<string, ResourceMapping | undefined>();
let awsccIndex: Map<string, string> | undefined;

export function mappingFor(terraformType: string): ResourceMapping | undefined {
  if (cache.has(terraformType)) return cache.get(terraformType);
  let m: ResourceMapping | undefined;
  if (terraformType.startsWith('awscc_')) m = awsccMapping(terraformType);
  else if (Object.prototype.hasOwnProperty.call(AWS_TABLE, terraformType)) m = buildTableMapping(terraformType, AWS_TABLE[terraformType]);
  cache.set(terraformType, m);
  return m;
}

/** Why a type is not checked: undefined when it has a mapping. */
export function whyUnsupported(terraformType: string): string | undefined {
  if (mappingFor(terraformType)) return undefined;
  if (terraformType.startsWith('awscc_')) return `${terraformType} ${awsccPhrase(terraformType)}: drift is not checked`;
  return unsupportedReason(terraformType);
}

/** Why a type is not checked, as a phrase (`not mapped to a Cloud Control type yet`); undefined when it is. */
export function whyUnsupportedPhrase(terraformType: string): string | undefined {
  if (mappingFor(terraformType)) return undefined;
  if (terraformType.startsWith('awscc_')) return awsccPhrase(terraformType);
  return unsupportedPhrase(terraformType);
}

function awsccPhrase(terraformType: string): string {
  const t = cloudTypeOfAwscc(terraformType);
  return t ? `names ${t}, which Cloud Control cannot read (it has no read handler)` : 'names no CloudFormation type known to Driftlog';
}

/** What does not fit the schemas in the table (see buildTableMapping), and types named twice: the test wants none. */
export function tableProblems(): string[] {
  const problems = [...DUPLICATES.map((d) => `${d}: named twice`)];
  for (const [t, e] of Object.entries(AWS_TABLE)) buildTableMapping(t, e, problems);
  return problems;
}

/** The CloudFormation type an awscc Terraform type stands for, or undefined when no such type exists. */
export function cloudTypeOfAwscc(terraformType: string): string | undefined {
  if (!awsccIndex) {
    awsccIndex = new Map();
    for (const t of allCfnTypes()) {
      const name = AWSCC_NAME_EXCEPTIONS[t] ?? awsccTypeName(t);
      if (name) awsccIndex.set(name, t);
    }
  }
  return awsccIndex.get(terraformType);
}

export function awsccMapping(terraformType: string): ResourceMapping | undefined {
  const cloudType = cloudTypeOfAwscc(terraformType);
  if (!cloudType || !readable(cloudType)) return undefined;
  const facts = cfnFacts(cloudType)!;
  return {
    terraformType,
    cloudType,
    kind: 'generic',
    primaryIdentifier: facts.p,
    // awscc keeps the Cloud Control identifier as the resource's id.
    identifier: { state: [{ id: true }] },
    attributes: {},
    tagsAttribute: 'tags',
    writeOnly: facts.w ?? [],
    createOnly: facts.c ?? [],
  };
}

export function identifierFromLive(cloudType: string, props: Record<string, unknown>): string | undefined {
  const facts = cfnFacts(cloudType);
  if (!facts || facts.p.length === 0) return undefined;
  const parts: string[] = [];
  for (const p of facts.p) {
    let v: unknown = props;
    for (const seg of p.split('/')) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[seg] : undefined;
    if (typeof v !== 'string' && typeof v !== 'number') return undefined;
    parts.push(String(v));
  }
  return parts.join('|');
}

/** The Terraform types of the table. */
export function tableTypes(): string[] {
  return Object.keys(AWS_TABLE);
}

export { shapesOf };
