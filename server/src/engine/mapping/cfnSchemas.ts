// Facts from the CloudFormation resource type schemas (the registry schemas Cloud Control serves), one entry per
// type, in cfn-schemas.json: `p` primaryIdentifier property names in order; `w` write-only, `r` read-only and `c`
// create-only property paths (without the `/properties/` prefix, `*` for array items); `l` list handler: 0 none,
// 1 lists without input, 2 needs a ResourceModel; `g` 0 when the type has no read handler (Cloud Control cannot read
// it). The shapes of the properties are in cfn-shapes.json (shapes.ts).
//
// Provenance: extracted from the CloudFormation registry schemas (the JSON resource type schemas Cloud Control
// serves; the copy vendored by hashicorp/terraform-provider-awscc under internal/service/cloudformation/schemas, 1,489
// types). Only these facts are kept: primaryIdentifier, writeOnlyProperties, readOnlyProperties,
// createOnlyProperties, whether handlers.list exists and requires input (handlerSchema.required), and the type and
// nesting of each property (no descriptions, patterns or limits). To refresh: `node scripts/mapping/cfn-schemas.mjs
// <directory of schemas>`.
import data from './cfn-schemas.json';

export interface CfnTypeFacts {
  p: string[];
  w?: string[];
  r?: string[];
  c?: string[];
  l: 0 | 1 | 2;
  g?: 0;
}

const FACTS = data as unknown as Record<string, CfnTypeFacts>;

export function cfnFacts(cloudType: string): CfnTypeFacts | undefined {
  return Object.prototype.hasOwnProperty.call(FACTS, cloudType) ? FACTS[cloudType] : undefined;
}

export function allCfnTypes(): string[] {
  return Object.keys(FACTS);
}

/** How ListResources can be used for a type: `full` lists without input, `needs-model`, or `none`. */
export function listMode(cloudType: string): 'list' | 'needs-model' | 'none' | 'unknown' {
  const f = cfnFacts(cloudType);
  if (!f) return 'unknown';
  return f.l === 1 ? 'list' : f.l === 2 ? 'needs-model' : 'none';
}

/** True when Cloud Control can read resources of the type (GetResource): it is known and has a read handler. */
export function readable(cloudType: string): boolean {
  const f = cfnFacts(cloudType);
  return !!f && f.g !== 0;
}
