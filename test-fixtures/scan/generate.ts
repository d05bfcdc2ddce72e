// Generates a Terraform workspace (config + v4 state) and the matching emulator seed, for the scan tests and the
// scan benchmark: N resources of up to 10 types, all in code, state and AWS, spread over several files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const ACCOUNT = '111111111111';
export const REGION = 'us-east-1';
export const CREDENTIAL = {
  accessKeyId: 'AKIDDRIFTLOGBENCH001',
  secretAccessKey: 'driftlog-bench-secret-0001',
  account: ACCOUNT,
  principalArn: `arn:aws:iam::${ACCOUNT}:user/bench`,
};

export type ListMode = 'full' | 'identifiers' | 'needs-model' | 'none';

interface GenType {
  tf: string;
  cloudType: string;
  /** The config attribute holding the name, and the live property it maps to. */
  nameAttr: string;
  nameProp: string;
  primaryIdentifier: string;
  /** The Cloud Control identifier (and Terraform id) of the resource called `name`. */
  id: (name: string) => string;
  /** Terraform's `id` when it differs from the Cloud Control identifier. */
  stateId?: (name: string) => string;
  /** Live properties besides the name. */
  live: (name: string) => Record<string, unknown>;
  list: ListMode;
}

export const TYPES: GenType[] = [
  { tf: 'aws_s3_bucket', cloudType: 'AWS::S3::Bucket', nameAttr: 'bucket', nameProp: 'BucketName', primaryIdentifier: 'BucketName', id: (n) => n, live: (n) => ({ Arn: `arn:aws:s3:::${n}` }), list: 'full' },
  { tf: 'aws_cloudwatch_log_group', cloudType: 'AWS::Logs::LogGroup', nameAttr: 'name', nameProp: 'LogGroupName', primaryIdentifier: 'LogGroupName', id: (n) => `/app/${n}`, live: () => ({ RetentionInDays: 14 }), list: 'full' },
  { tf: 'aws_iam_role', cloudType: 'AWS::IAM::Role', nameAttr: 'name', nameProp: 'RoleName', primaryIdentifier: 'RoleName', id: (n) => n, live: (n) => ({ Arn: `arn:aws:iam::${ACCOUNT}:role/${n}` }), list: 'identifiers' },
  { tf: 'aws_iam_user', cloudType: 'AWS::IAM::User', nameAttr: 'name', nameProp: 'UserName', primaryIdentifier: 'UserName', id: (n) => n, live: (n) => ({ Arn: `arn:aws:iam::${ACCOUNT}:user/${n}` }), list: 'full' },
  { tf: 'aws_ecr_repository', cloudType: 'AWS::ECR::Repository', nameAttr: 'name', nameProp: 'RepositoryName', primaryIdentifier: 'RepositoryName', id: (n) => n, live: () => ({ ImageTagMutability: 'MUTABLE' }), list: 'identifiers' },
  { tf: 'aws_ecs_cluster', cloudType: 'AWS::ECS::Cluster', nameAttr: 'name', nameProp: 'ClusterName', primaryIdentifier: 'ClusterName', id: (n) => n, stateId: (n) => `arn:aws:ecs:${REGION}:${ACCOUNT}:cluster/${n}`, live: () => ({}), list: 'full' },
  { tf: 'aws_dynamodb_table', cloudType: 'AWS::DynamoDB::Table', nameAttr: 'name', nameProp: 'TableName', primaryIdentifier: 'TableName', id: (n) => n, live: () => ({ BillingMode: 'PAY_PER_REQUEST' }), list: 'identifiers' },
  { tf: 'aws_ssm_parameter', cloudType: 'AWS::SSM::Parameter', nameAttr: 'name', nameProp: 'Name', primaryIdentifier: 'Name', id: (n) => `/app/${n}`, live: () => ({ Type: 'String', Value: 'v' }), list: 'full' },
  { tf: 'aws_sqs_queue', cloudType: 'AWS::SQS::Queue', nameAttr: 'name', nameProp: 'QueueName', primaryIdentifier: 'QueueUrl', id: (n) => `https://sqs.${REGION}.amazonaws.com/${ACCOUNT}/${n}`, live: (n) => ({ QueueUrl: `https://sqs.${REGION}.amazonaws.com/${ACCOUNT}/${n}` }), list: 'identifiers' },
  { tf: 'aws_sns_topic', cloudType: 'AWS::SNS::Topic', nameAttr: 'name', nameProp: 'TopicName', primaryIdentifier: 'TopicArn', id: (n) => `arn:aws:sns:${REGION}:${ACCOUNT}:${n}`, live: (n) => ({ TopicArn: `arn:aws:sns:${REGION}:${ACCOUNT}:${n}` }), list: 'full' },
];

export interface GeneratedResource {
  address: string;
  file: string;
  type: string;
  cloudType: string;
  identifier: string;
}

export interface Generated {
  dir: string;
  resources: GeneratedResource[];
  /** The emulator seed (pass to startEmulator). */
  seed: {
    credentials: (typeof CREDENTIAL)[];
    types: Record<string, { primaryIdentifier: string[]; list: ListMode }>;
    resources: Record<string, Record<string, Record<string, Record<string, unknown>[]>>>;
  };
}

export interface GenerateOptions {
  /** Resources in all (spread evenly over the types). */
  count: number;
  /** How many of TYPES to use (default all 10). */
  types?: number;
  /** Config files to spread the resources over, round robin (default 1): `r0.tf`, `r1.tf`... */
  files?: number;
  /** Override the list mode of every type. */
  list?: ListMode;
}

/** The config value a resource's name attribute holds: what the name is in the config (log groups keep a prefix). */
function configName(t: GenType, name: string): string {
  return t.tf === 'aws_cloudwatch_log_group' || t.tf === 'aws_ssm_parameter' ? `/app/${name}` : name;
}

export function generateWorkspace(dir: string, opts: GenerateOptions): Generated {
  mkdirSync(dir, { recursive: true });
  const types = TYPES.slice(0, opts.types ?? TYPES.length);
  const files = Math.max(1, opts.files ?? 1);
  const blocks: string[][] = Array.from({ length: files }, () => []);
  const stateResources: unknown[] = [];
  const live: Record<string, Record<string, unknown>[]> = {};
  const seedTypes: Generated['seed']['types'] = {};
  const resources: GeneratedResource[] = [];
  for (const t of types) {
    live[t.cloudType] = [];
    seedTypes[t.cloudType] = { primaryIdentifier: [`/properties/${t.primaryIdentifier}`], list: opts.list ?? t.list };
  }
  for (let i = 0; i < opts.count; i++) {
    const t = types[i % types.length];
    const name = `r${String(i).padStart(5, '0')}`;
    const fileIndex = i % files;
    const file = join(dir, `r${fileIndex}.tf`);
    const cfgName = configName(t, name);
    const identifier = t.id(name);
    blocks[fileIndex].push(`resource "${t.tf}" "${name}" {\n  ${t.nameAttr} = "${cfgName}"\n}\n`);
    stateResources.push({
      mode: 'managed',
      type: t.tf,
      name,
      provider: 'provider["registry.terraform.io/hashicorp/aws"]',
      instances: [{ schema_version: 0, attributes: { id: t.stateId ? t.stateId(name) : identifier, [t.nameAttr]: cfgName }, sensitive_attributes: [] }],
    });
    live[t.cloudType].push({ [t.nameProp]: cfgName, ...t.live(name) });
    resources.push({ address: `${t.tf}.${name}`, file, type: t.tf, cloudType: t.cloudType, identifier });
  }
  writeFileSync(join(dir, 'providers.tf'), `provider "aws" {\n  region = "${REGION}"\n}\n`);
  blocks.forEach((b, i) => writeFileSync(join(dir, `r${i}.tf`), b.join('\n')));
  writeFileSync(
    join(dir, 'terraform.tfstate'),
    JSON.stringify({ version: 4, terraform_version: '1.7.5', serial: 1, lineage: 'generated-by-driftlog-tests', outputs: {}, resources: stateResources }),
  );
  return {
    dir,
    resources,
    seed: { credentials: [CREDENTIAL], types: seedTypes, resources: { [ACCOUNT]: { [REGION]: live } } },
  };
}
