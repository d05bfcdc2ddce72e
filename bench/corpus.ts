// A deterministic generator of realistic Terraform configurations: many AWS resource types, nested and dynamic
// blocks, heredocs, interpolation, for expressions, conditionals, comments of the three kinds, variables,
// locals, outputs, data sources, module calls, providers and backends. Used by the index benchmark and by the
// differential parser test (every generated file is valid HCL).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../server/src/emulator/faults';

/** The same seeded PRNG as the emulator's faults, so the corpus is the same on every run. */
export const rng = seededRandom;

class Gen {
  constructor(readonly r: () => number) {}
  int(n: number): number {
    return Math.floor(this.r() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)];
  }
  chance(p: number): boolean {
    return this.r() < p;
  }
  name(): string {
    return `${this.pick(WORDS)}_${this.pick(WORDS)}${this.int(100)}`;
  }
}

const WORDS = [
  'app', 'web', 'api', 'data', 'logs', 'main', 'edge', 'core', 'batch', 'queue', 'cache', 'auth', 'billing', 'search',
  'events', 'metrics', 'backup', 'assets', 'static', 'internal', 'public', 'private', 'blue', 'green', 'primary',
];
const REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2'];

function comment(g: Gen): string {
  switch (g.int(3)) {
    case 0:
      return `# ${g.pick(WORDS)} ${g.pick(WORDS)}: managed by the ${g.pick(WORDS)} team\n`;
    case 1:
      return `// TODO(${g.pick(WORDS)}): review ${g.pick(WORDS)} settings before the next release\n`;
    default:
      return `/*\n * ${g.pick(WORDS)} ${g.pick(WORDS)} configuration.\n * Changes here need an approval from #${g.pick(WORDS)}.\n */\n`;
  }
}

function tags(g: Gen, indent: string): string {
  const lines = [`${indent}tags = merge(local.common_tags, {`, `${indent}  Name        = "\${local.prefix}-${g.pick(WORDS)}"`];
  lines.push(`${indent}  Environment = var.environment`);
  if (g.chance(0.5)) lines.push(`${indent}  Team        = "${g.pick(WORDS)}"`);
  if (g.chance(0.3)) lines.push(`${indent}  "cost:center" = "${1000 + g.int(9000)}"`);
  lines.push(`${indent}})`);
  return lines.join('\n') + '\n';
}

const POLICY = (g: Gen): string => `  policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Effect": "Allow",
          "Action": ["s3:GetObject", "s3:ListBucket"],
          "Resource": ["arn:aws:s3:::\${var.bucket_prefix}-${g.pick(WORDS)}/*"]
        }
      ]
    }
  EOT
`;

type ResGen = (g: Gen, name: string) => string;

const RESOURCES: Record<string, ResGen> = {
  aws_s3_bucket: (g, n) => `resource "aws_s3_bucket" "${n}" {
  bucket        = "\${var.bucket_prefix}-${n.replace(/_/g, '-')}"
  force_destroy = ${g.chance(0.5)}
${tags(g, '  ')}
  lifecycle {
    prevent_destroy = ${g.chance(0.5)}
    ignore_changes  = [tags["LastModified"], replication_configuration]
  }
}
`,
  aws_s3_bucket_versioning: (g, n) => `resource "aws_s3_bucket_versioning" "${n}" {
  bucket = aws_s3_bucket.${n}.id
  versioning_configuration {
    status = "${g.pick(['Enabled', 'Suspended'])}"
  }
}
`,
  aws_instance: (g, n) => `resource "aws_instance" "${n}" {
  count         = var.instance_count
  ami           = data.aws_ami.ubuntu.id
  instance_type = var.environment == "prod" ? "m5.large" : "t3.${g.pick(['micro', 'small', 'medium'])}"
  subnet_id     = element(aws_subnet.private[*].id, count.index)
  monitoring    = true

  vpc_security_group_ids = [aws_security_group.${n}.id]

  root_block_device {
    volume_size = ${8 + g.int(200)}
    volume_type = "gp3"
    encrypted   = true
  }

  user_data = <<EOF
#!/bin/bash
echo "starting \${var.environment} node" >> /var/log/boot.log
yum install -y ${g.pick(['nginx', 'httpd', 'docker'])}
EOF

${tags(g, '  ')}}
`,
  aws_security_group: (g, n) => `resource "aws_security_group" "${n}" {
  name        = "\${local.prefix}-${n}"
  description = "Security group for ${n}"
  vpc_id      = module.vpc.vpc_id

  dynamic "ingress" {
    for_each = var.ingress_rules
    content {
      from_port   = ingress.value.from_port
      to_port     = ingress.value.to_port
      protocol    = "tcp"
      cidr_blocks = ingress.value.cidr_blocks
      description = "rule \${ingress.key}"
    }
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
${g.chance(0.5) ? tags(g, '  ') : ''}}
`,
  aws_iam_role: (g, n) => `resource "aws_iam_role" "${n}" {
  name               = "${n}-role"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Action    = "sts:AssumeRole"
      Effect    = "Allow"
      Principal = { Service = "${g.pick(['ec2', 'lambda', 'ecs-tasks'])}.amazonaws.com" }
    }]
  })
  max_session_duration = ${3600 * (1 + g.int(12))}
}
`,
  aws_iam_policy: (g, n) => `resource "aws_iam_policy" "${n}" {
  name        = "${n}-policy"
  description = "Access for \${var.environment} ${g.pick(WORDS)}"
${POLICY(g)}}
`,
  aws_lambda_function: (g, n) => `resource "aws_lambda_function" "${n}" {
  function_name = "\${local.prefix}-${n}"
  role          = aws_iam_role.${n}.arn
  handler       = "index.handler"
  runtime       = "${g.pick(['nodejs20.x', 'python3.12', 'java21'])}"
  timeout       = ${1 + g.int(900)}
  memory_size   = ${128 * (1 + g.int(16))}
  filename      = "\${path.module}/build/${n}.zip"

  environment {
    variables = {
      for k, v in var.lambda_env : upper(k) => v if v != ""
    }
  }
  tracing_config {
    mode = "Active"
  }
}
`,
  aws_dynamodb_table: (g, n) => `resource "aws_dynamodb_table" "${n}" {
  name         = "${n}"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "pk"
  range_key    = "sk"

  attribute {
    name = "pk"
    type = "S"
  }
  attribute {
    name = "sk"
    type = "S"
  }
  point_in_time_recovery {
    enabled = ${g.chance(0.7)}
  }
  ttl {
    attribute_name = "expires_at"
    enabled        = true
  }
}
`,
  aws_sqs_queue: (g, n) => `resource "aws_sqs_queue" "${n}" {
  name                       = "${n}\${var.fifo ? ".fifo" : ""}"
  visibility_timeout_seconds = ${30 + g.int(600)}
  message_retention_seconds  = ${60 * (1 + g.int(20000))}
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.${n}_dlq.arn
    maxReceiveCount     = ${1 + g.int(10)}
  })
}
`,
  aws_cloudwatch_log_group: (g, n) => `resource "aws_cloudwatch_log_group" "${n}" {
  for_each          = toset(var.services)
  name              = "/aws/\${each.key}/${n}"
  retention_in_days = ${g.pick([7, 14, 30, 90, 365])}
  kms_key_id        = try(aws_kms_key.logs[0].arn, null)
}
`,
  aws_subnet: (g, n) => `resource "aws_subnet" "${n}" {
  count                   = length(var.azs)
  vpc_id                  = module.vpc.vpc_id
  cidr_block              = cidrsubnet(var.cidr, 8, count.index + ${g.int(100)})
  availability_zone       = var.azs[count.index]
  map_public_ip_on_launch = ${g.chance(0.3)}
${tags(g, '  ')}}
`,
  aws_route53_record: (g, n) => `resource "aws_route53_record" "${n}" {
  zone_id = data.aws_route53_zone.main.zone_id
  name    = "${g.pick(WORDS)}.\${var.domain}"
  type    = "A"

  alias {
    name                   = aws_lb.${n}.dns_name
    zone_id                = aws_lb.${n}.zone_id
    evaluate_target_health = true
  }
}
`,
  aws_ecs_service: (g, n) => `resource "aws_ecs_service" "${n}" {
  name            = "${n}"
  cluster         = aws_ecs_cluster.main.id
  task_definition = aws_ecs_task_definition.${n}.arn
  desired_count   = var.environment == "prod" ? ${2 + g.int(8)} : 1
  launch_type     = "FARGATE"

  network_configuration {
    subnets          = aws_subnet.private[*].id
    security_groups  = [aws_security_group.${n}.id]
    assign_public_ip = false
  }

  dynamic "load_balancer" {
    for_each = var.target_group_arn == null ? [] : [var.target_group_arn]
    content {
      target_group_arn = load_balancer.value
      container_name   = "${n}"
      container_port   = ${1024 + g.int(60000)}
    }
  }
}
`,
  aws_kms_key: (g, n) => `resource "aws_kms_key" "${n}" {
  description             = "Key for ${n} (\${var.environment})"
  deletion_window_in_days = ${7 + g.int(23)}
  enable_key_rotation     = true
  policy = templatefile("\${path.module}/policies/kms.json.tpl", {
    account_id = data.aws_caller_identity.current.account_id
    admins     = var.kms_admins
  })
}
`,
  aws_sns_topic: (g, n) => `resource "aws_sns_topic" "${n}" {
  name         = "${n}-topic"
  display_name = "%{ if var.environment == "prod" }Production%{ else }Staging%{ endif } ${g.pick(WORDS)}"
  delivery_policy = <<-JSON
    {
      "http": { "defaultHealthyRetryPolicy": { "numRetries": ${1 + g.int(9)} } }
    }
  JSON
}
`,
};
const RESOURCE_TYPES = Object.keys(RESOURCES);

function variables(g: Gen): string {
  let s = '';
  const vs = ['environment', 'bucket_prefix', 'instance_count', 'ingress_rules', 'lambda_env', 'services', 'azs', 'cidr'];
  for (const v of vs) {
    if (!g.chance(0.6)) continue;
    s += `variable "${v}" {\n  description = "The ${v.replace(/_/g, ' ')}"\n`;
    switch (v) {
      case 'instance_count':
        s += `  type        = number\n  default     = ${1 + g.int(5)}\n`;
        break;
      case 'azs':
        s += `  type    = list(string)\n  default = ["${REGIONS[0]}a", "${REGIONS[0]}b"]\n`;
        break;
      case 'ingress_rules':
        s += `  type = map(object({\n    from_port   = number\n    to_port     = number\n    cidr_blocks = list(string)\n  }))\n  default = {}\n`;
        break;
      case 'lambda_env':
        s += `  type      = map(string)\n  default   = { LOG_LEVEL = "info" }\n  sensitive = true\n`;
        break;
      default:
        s += `  type    = string\n  default = "${g.pick(WORDS)}"\n\n  validation {\n    condition     = length(var.${v}) > 0\n    error_message = "The ${v} must not be empty."\n  }\n`;
    }
    s += '}\n\n';
  }
  return s;
}

function localsBlock(g: Gen): string {
  return `locals {
  prefix = "\${var.environment}-${g.pick(WORDS)}"
  common_tags = {
    Project   = "${g.pick(WORDS)}"
    ManagedBy = "terraform"
  }
  subnet_ids = [for s in aws_subnet.private : s.id]
  enabled    = var.environment != "dev" && !var.disabled
  ports      = { http = 80, https = 443 }
}

`;
}

function header(g: Gen): string {
  return `terraform {
  required_version = ">= 1.5"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.${g.int(60)}"
    }
  }
  backend "s3" {
    bucket = "tfstate-${g.pick(WORDS)}"
    key    = "${g.pick(WORDS)}/terraform.tfstate"
    region = "${g.pick(REGIONS)}"
  }
}

provider "aws" {
  region  = "${g.pick(REGIONS)}"
  profile = "${g.pick(WORDS)}"

  default_tags {
    tags = {
      Owner = "${g.pick(WORDS)}"
    }
  }
}

provider "aws" {
  alias  = "replica"
  region = "${g.pick(REGIONS)}"
  assume_role {
    role_arn     = "arn:aws:iam::${100000000000 + g.int(899999999999)}:role/terraform"
    session_name = "driftlog"
  }
}

data "aws_ami" "ubuntu" {
  most_recent = true
  owners      = ["099720109477"]
  filter {
    name   = "name"
    values = ["ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*"]
  }
}

module "vpc" {
  source = "../modules/vpc"
  cidr   = var.cidr
  azs    = slice(data.aws_availability_zones.available.names, 0, 3)
}

`;
}

function outputs(g: Gen, names: string[]): string {
  let s = '';
  for (const n of names.slice(0, 1 + g.int(3))) {
    s += `output "${n}_id" {\n  value       = try(aws_s3_bucket.${n}.id, null)\n  description = "ID of ${n}"\n}\n\n`;
  }
  return s;
}

/** One file of roughly `target` characters. */
export function generateFile(g: Gen, index: number, target = 4000): string {
  let s = comment(g);
  if (index % 10 === 0) s += header(g);
  if (index % 10 === 1) s += variables(g);
  if (index % 10 === 2) s += localsBlock(g);
  const names: string[] = [];
  while (s.length < target) {
    const type = g.pick(RESOURCE_TYPES);
    const n = g.name();
    names.push(n);
    if (g.chance(0.3)) s += comment(g);
    s += RESOURCES[type](g, n) + '\n';
  }
  s += outputs(g, names);
  return s;
}

export interface CorpusInfo {
  dir: string;
  files: string[];
  bytes: number;
}

/**
 * Writes `count` files (about `bytesPerFile` each) under `dir`, 20 files per module directory, with a
 * terraform.tfvars in each module. Deterministic for a given seed.
 */
export function writeCorpus(dir: string, count = 10_000, seed = 42, bytesPerFile = 3600): CorpusInfo {
  const g = new Gen(rng(seed));
  const files: string[] = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const mod = join(dir, `stack${String(Math.floor(i / 20)).padStart(4, '0')}`);
    if (i % 20 === 0) {
      mkdirSync(mod, { recursive: true });
      const tfvars = `environment = "${g.pick(['dev', 'staging', 'prod'])}"\ninstance_count = ${1 + g.int(4)}\n`;
      writeFileSync(join(mod, 'terraform.tfvars'), tfvars);
    }
    const text = generateFile(g, i, bytesPerFile);
    const f = join(mod, `${g.pick(WORDS)}_${i}.tf`);
    writeFileSync(f, text);
    files.push(f);
    bytes += Buffer.byteLength(text);
  }
  return { dir, files, bytes };
}

/** Generates `count` file texts in memory (for tests). */
export function generateTexts(count: number, seed = 7, bytesPerFile = 4000): string[] {
  const g = new Gen(rng(seed));
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(generateFile(g, i, bytesPerFile));
  return out;
}
