terraform {
  required_providers {
    aws   = { source = "hashicorp/aws" }
    awscc = { source = "hashicorp/awscc" }
  }
}

provider "aws" {
  region = var.region
  default_tags {
    tags = {
      Team = "platform"
      Env  = var.env
    }
  }
}

provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

provider "awscc" {
  region = var.region
}

locals {
  prefix = "acme-${var.env}"
  common = { Project = "driftlog" }
}

# in_sync: interpolation, locals, merge, tags merged with default_tags; the live aws: tag is AWS's own
resource "aws_s3_bucket" "logs" {
  bucket = "${local.prefix}-logs"
  tags   = merge(local.common, { Name = "logs" })
}

# in_sync: a split S3 resource on the bucket's VersioningConfiguration sub-tree
resource "aws_s3_bucket_versioning" "logs" {
  bucket = aws_s3_bucket.logs.id
  versioning_configuration {
    status = "Enabled"
  }
}

# drifted: someone unticked "restrict public buckets"
resource "aws_s3_bucket_public_access_block" "logs" {
  bucket                  = aws_s3_bucket.logs.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# in_sync: the live policy is one statement object with strings, keys in another order; "" against absent
resource "aws_iam_role" "app" {
  name = "${local.prefix}-app"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = ["sts:AssumeRole"]
      Principal = { Service = ["lambda.amazonaws.com"] }
    }]
  })
  max_session_duration = 7200
  description          = ""
}

# drifted: the live policy grants another resource
resource "aws_iam_role_policy" "app" {
  name   = "app-inline"
  role   = aws_iam_role.app.name
  policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [
        {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::acme-prod-logs/*"}
      ]
    }
  EOT
}

# in_sync: one Terraform rule with two CIDRs is two CloudFormation rules; "all" egress has no ports live
resource "aws_security_group" "web" {
  name        = "web"
  description = "web tier"
  vpc_id      = module.net.vpc_id
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/16", "192.168.0.0/16"]
  }
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# web[0] in_sync (set order, a default, an ignored tag); web[1] drifted
resource "aws_instance" "web" {
  count                  = 2
  ami                    = "ami-0abc"
  instance_type          = var.instance_type
  vpc_security_group_ids = ["sg-1", "sg-2"]
  monitoring             = false
  tags = {
    Name  = "web-${count.index}"
    Owner = "alice"
  }
  lifecycle {
    ignore_changes = [tags["Owner"]]
  }
}

# in_sync: AllocatedStorage is a string in CloudFormation, the engine is lowercased by RDS, the password write-only
resource "aws_db_instance" "main" {
  provider          = aws.west
  identifier        = "main-db"
  engine            = "MySQL"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  username          = "admin"
  password          = var.db_password
  multi_az          = false
}

# drifted, redacted: the value comes from a sensitive variable; the description is write-only
resource "aws_ssm_parameter" "token" {
  name        = "/${var.env}/token"
  type        = "String"
  value       = var.api_token
  description = "API token"
}

# not_in_state: in the code only, identified by its bucket name
resource "aws_s3_bucket" "new" {
  bucket = "${local.prefix}-new"
}

# unsupported: network ACL entries are not served by Cloud Control
resource "aws_network_acl_rule" "www" {
  network_acl_id = "acl-0123"
  rule_number    = 100
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "203.0.113.10/32"
}

# in_sync: Route 53 returns the name with a trailing dot, and the comment Terraform defaults to
resource "aws_route53_zone" "main" {
  name = "example.com"
}

# missing: deleted live
resource "aws_sqs_queue" "jobs" {
  name                       = "${local.prefix}-jobs"
  visibility_timeout_seconds = 60
  redrive_policy = jsonencode({
    deadLetterTargetArn = "arn:aws:sqs:eu-west-1:123456789012:dlq"
    maxReceiveCount     = 5
  })
}

# drifted: awscc, generically
resource "awscc_s3_bucket" "data" {
  bucket_name = "${local.prefix}-data"
  versioning_configuration = {
    status = "Enabled"
  }
  tags = [{ key = "Name", value = "data" }]
}

# error: the state lacks public_ip, part of the EIP's identifier
resource "aws_eip" "nat" {
  domain = "vpc"
}

# in_sync: role from a data source (unknown here: the state's value), environment from a function, null = not set
resource "aws_lambda_function" "fn" {
  function_name = "${local.prefix}-fn"
  role          = data.aws_iam_role.exec.arn
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "fn.zip"
  kms_key_arn   = null
  environment {
    variables = {
      LOG_LEVEL = upper("info")
    }
  }
}

data "aws_iam_role" "exec" {
  name = "exec"
}

# in_sync: internal is Scheme "internal"; load balancer attributes are strings ("true", "120")
resource "aws_lb" "web" {
  name                       = "web"
  internal                   = true
  load_balancer_type         = "application"
  subnets                    = ["subnet-b", "subnet-a"]
  enable_deletion_protection = true
  idle_timeout               = 120
}

module "net" {
  source = "./modules/net"
  cidr   = "10.0.0.0/16"
  azs    = { a = "10.0.1.0/24", b = "10.0.2.0/24" }
}
