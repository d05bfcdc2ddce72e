// The awscc provider's naming rule, so that `awscc_*` resources map onto CloudFormation types without a table.
//
// A CloudFormation name becomes snake_case: an underscore goes where a lowercase letter or digit is followed by an
// uppercase letter, where a lowercase letter is followed by a digit, where a digit is followed by a letter, and
// before the last capital of a run of capitals that starts a word (`VPCEndpoint` -> `vpc_endpoint`); any other
// character becomes an underscore. Before that, a few product names are folded (`CloudWatch` -> `Cloudwatch`) so
// they stay one word. The type name is `awscc_<service lowercased>_<resource in snake_case>`; a top-level property
// `Id` becomes `<resource>_id` and `Provider` becomes `provider_name`, since Terraform reserves those names.

const FOLDED: [string, string][] = [
  ['CloudFormation', 'Cloudformation'],
  ['CloudFront', 'Cloudfront'],
  ['CloudWatch', 'Cloudwatch'],
  ['FSx', 'Fsx'],
];

const isUpper = (c: string | undefined) => c !== undefined && c >= 'A' && c <= 'Z';
const isLower = (c: string | undefined) => c !== undefined && c >= 'a' && c <= 'z';
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/** `GlobalReplicationGroupDescription` -> `global_replication_group_description`, `S3Bucket` -> `s3_bucket`. */
export function snakeCase(name: string): string {
  let s = name.trim();
  for (const [from, to] of FOLDED) s = s.split(from).join(to);
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const next = s[i + 1];
    const letterOrDigit = isUpper(c) || isLower(c) || isDigit(c);
    if (!letterOrDigit) {
      out += '_';
      continue;
    }
    // A capital that begins a lowercase word after other capitals starts a new word: "VPCEndpoint" -> "vpc_endpoint".
    if (isUpper(c) && isLower(next) && isUpper(s[i - 1])) out += '_';
    out += c.toLowerCase();
    // A lowercase letter followed by a capital or a digit, or a digit followed by a letter, ends a word.
    if ((isLower(c) && (isUpper(next) || isDigit(next))) || (isDigit(c) && (isUpper(next) || isLower(next)))) out += '_';
  }
  return out;
}

/** `AWS::EC2::VPCEndpoint` -> `awscc_ec2_vpc_endpoint`. */
export function awsccTypeName(cloudType: string): string | undefined {
  const m = /^([A-Za-z0-9]{2,64})::([A-Za-z0-9]{2,64})::([A-Za-z0-9]{2,64})$/.exec(cloudType);
  if (!m || m[1] !== 'AWS') return undefined;
  return `awscc_${m[2].toLowerCase()}_${snakeCase(m[3])}`;
}

/** The awscc attribute name of a top-level property of the given awscc type. */
export function awsccAttributeName(terraformType: string, property: string): string {
  const name = snakeCase(property);
  if (name === 'id') return `${terraformType.split('_').slice(2).join('_')}_id`;
  if (name === 'provider') return 'provider_name';
  return name;
}

/**
 * The schema's name for a Terraform key among an object's properties: the same name, else the property whose
 * snake_case is the key (`subnet_ids` -> `SubnetIds`), at the top level of an awscc type by the awscc rule; else
 * the property of the same letters in another case or with other word breaks (`portMappings` -> `PortMappings`,
 * `memory_mib` -> `MemoryMiB`).
 */
export function propertyFor(key: string, props: Record<string, unknown>, awsccTopLevelOf?: string): string | undefined {
  if (Object.prototype.hasOwnProperty.call(props, key)) return key;
  for (const p of Object.keys(props)) if ((awsccTopLevelOf ? awsccAttributeName(awsccTopLevelOf, p) : snakeCase(p)) === key) return p;
  // The same letters in another case or with other word breaks: a JSON document's camelCase keys against the
  // schema's PascalCase (portMappings, PortMappings), and names the rule splits where the provider does not
  // (memory_mib against MemoryMiB, vcpu_count against VCpuCount, ipv6_address against Ipv6Address).
  const bare = key.replace(/_/g, '').toLowerCase();
  for (const p of Object.keys(props)) if (p.toLowerCase() === bare) return p;
  return undefined;
}
