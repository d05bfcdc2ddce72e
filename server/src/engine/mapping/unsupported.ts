// Why an aws_* type is not checked. Types with no Cloud Control counterpart (the CloudFormation type is not in the
// registry Cloud Control serves, or nothing in AWS holds what the resource manages) are listed with the reason; any
// other type not in the table is one Driftlog does not map yet.

/** Terraform type -> why it has no Cloud Control counterpart. */
export const NO_COUNTERPART: Record<string, string> = {
  aws_network_acl_rule: 'AWS::EC2::NetworkAclEntry is not served by Cloud Control, and AWS::EC2::NetworkAcl holds no entries',
};

/** Why a type is not checked, as a phrase: `no Cloud Control counterpart (...)`, `not mapped yet`. */
export function unsupportedPhrase(terraformType: string): string {
  const why = Object.prototype.hasOwnProperty.call(NO_COUNTERPART, terraformType) ? NO_COUNTERPART[terraformType] : undefined;
  if (why) return `no Cloud Control counterpart (${why})`;
  if (terraformType.startsWith('aws_')) return 'not mapped to a Cloud Control type yet';
  return 'not an AWS resource type';
}

/** The sentence a diagnostic or a scan result carries. */
export function unsupportedReason(terraformType: string): string {
  const phrase = unsupportedPhrase(terraformType);
  const verb = phrase.startsWith('no ') ? 'has' : 'is';
  return `${terraformType} ${verb} ${phrase}: drift is not checked`;
}
