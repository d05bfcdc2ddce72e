# Plan fixture: value shapes a revert patch must get right. The live side is live.json (no AWS call is needed to plan).
terraform {
  required_providers {
    awscc = { source = "hashicorp/awscc" }
  }
}

provider "aws" {
  region = "us-east-1"
}

provider "awscc" {
  region = "us-east-1"
}

# Terraform groups sources per rule; CloudFormation has one source per rule: the whole list is written.
resource "aws_security_group" "web" {
  name        = "web"
  description = "web servers"
  vpc_id      = "vpc-0123"
  ingress {
    protocol    = "tcp"
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["10.0.0.0/16", "10.1.0.0/16"]
  }
}

# Two attributes that are elements of one KeySchema list: the list is written once, whole.
resource "aws_dynamodb_table" "events" {
  name      = "events"
  hash_key  = "pk"
  range_key = "sk"
  attribute {
    name = "pk"
    type = "S"
  }
  attribute {
    name = "sk"
    type = "S"
  }
}

# The live model holds these numbers and booleans as strings: they are written back as strings.
resource "aws_sqs_queue" "jobs" {
  name                        = "jobs"
  visibility_timeout_seconds  = 60
  content_based_deduplication = true
}

# A tag under ignore_changes keeps its live value when the tags are replaced.
resource "aws_s3_bucket" "assets" {
  bucket = "dl-shapes-assets"
  tags = {
    Env   = "prod"
    Owner = "platform"
  }
  lifecycle {
    ignore_changes = [tags["Owner"]]
  }
}

# A nested block (a list of one object in Terraform, an object in CloudFormation), merged onto the live object;
# Lambda environment variables are secret by convention: never shown.
resource "aws_lambda_function" "fn" {
  function_name = "fn"
  role          = "arn:aws:iam::111111111111:role/fn"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  environment {
    variables = {
      API_URL = "https://api.example.com"
    }
  }
}

# awscc: snake_case attributes onto the live model's names, nested keys included.
resource "awscc_logs_log_group" "audit" {
  log_group_name    = "/dl/audit"
  retention_in_days = 14
  tags = [{
    key   = "Env"
    value = "prod"
  }]
}

# A nested attribute partly under ignore_changes: Driftlog writes whole properties, so it leaves that one alone
# and reverts the rest.
resource "aws_lambda_function" "worker" {
  function_name = "worker"
  role          = "arn:aws:iam::111111111111:role/fn"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  environment {
    variables = {
      API_URL = "https://api.example.com"
      VERSION = "1"
    }
  }
  lifecycle {
    ignore_changes = [environment[0].variables["VERSION"]]
  }
}
