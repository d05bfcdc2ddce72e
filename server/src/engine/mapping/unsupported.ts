// Why an aws_* type is not checked. Types with no Cloud Control counterpart (the CloudFormation type is not in the
// registry Cloud Control serves, or nothing in AWS holds what the resource manages) are listed with the reason; any
// other type not in the table is one Driftlog does not map yet.

/** Terraform type -> why it has no Cloud Control counterpart. */
export const NO_COUNTERPART: Record<string, string> = {};

export function unsupportedReason(terraformType: string): string {
  const why = Object.prototype.hasOwnProperty.call(NO_COUNTERPART, terraformType) ? NO_COUNTERPART[terraformType] : undefined;
  if (why) return `${terraformType} has no Cloud Control counterpart (${why}): drift is not checked`;
  if (terraformType.startsWith('aws_')) return `${terraformType} is not mapped to a Cloud Control type yet: drift is not checked`;
  return `${terraformType} is not an AWS resource type: drift is not checked`;
}
