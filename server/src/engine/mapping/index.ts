// Mapping lookup: `aws_*` from the curated table (aws.ts), `awscc_*` generically by the awscc naming rule.
import { AWS_TABLE } from './aws';
import { allCfnTypes, cfnFacts } from './cfnSchemas';
import { awsccTypeName } from './naming';
import type { ResourceMapping } from './types';

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
  else if (Object.prototype.hasOwnProperty.call(AWS_TABLE, terraformType)) {
    const e = AWS_TABLE[terraformType];
    const facts = cfnFacts(e.cloudType);
    m = {
      ...e,
      terraformType,
      kind: 'table',
      primaryIdentifier: facts?.p ?? [],
      writeOnly: facts?.w ?? [],
      createOnly: facts?.c ?? [],
    };
  }
  cache.set(terraformType, m);
  return m;
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
  if (!cloudType) return undefined;
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

/** The Terraform types of the curated table. */
export function tableTypes(): string[] {
  return Object.keys(AWS_TABLE);
}
