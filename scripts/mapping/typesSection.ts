// The README's list of mapped aws_* types, by area (the files of server/src/engine/mapping/aws/), and of the types
// with no Cloud Control counterpart: the text between the `types:start` and `types:end` markers.
import { AWS_PARTS } from '../../server/src/engine/mapping/aws/index';
import { NO_COUNTERPART } from '../../server/src/engine/mapping/unsupported';

const AREAS: Record<string, string> = {
  iam: 'Identity, keys, certificates, secrets',
  management: 'Management, identity center, directories',
  s3: 'S3, S3 Tables, S3 Vectors',
  network: 'VPC networking',
  edge: 'Security groups, load balancers, DNS, CDN, WAF',
  ec2: 'EC2, transit gateways, VPC Lattice, Auto Scaling, Network Firewall, EFS',
  compute: 'Containers and serverless',
  observability: 'CloudWatch, EventBridge, SNS, SQS, Kinesis',
  databases: 'Databases and APIs',
  devtools: 'Developer tools',
};

export function typesSection(): string {
  const lines = ['<!-- types:start -->', ''];
  let total = 0;
  for (const entries of Object.values(AWS_PARTS)) total += Object.keys(entries).length;
  lines.push(`<details><summary>The ${total} aws_* types Driftlog checks, by area</summary>`, '');
  const files = [...Object.keys(AREAS).filter((f) => f in AWS_PARTS), ...Object.keys(AWS_PARTS).filter((f) => !(f in AREAS))];
  for (const file of files) {
    const types = Object.keys(AWS_PARTS[file]).sort();
    if (!types.length) continue;
    lines.push(`- **${AREAS[file] ?? file}** (${types.length}): ${types.map((t) => `\`${t.slice(4)}\``).join(', ')}`);
  }
  lines.push('', '</details>', '');
  const none = Object.keys(NO_COUNTERPART).sort();
  lines.push(`<details><summary>The ${none.length} aws_* types with no Cloud Control counterpart, and why</summary>`, '');
  for (const t of none) lines.push(`- \`${t}\`: ${NO_COUNTERPART[t]}`);
  lines.push('', '</details>', '');
  return lines.join('\n');
}
