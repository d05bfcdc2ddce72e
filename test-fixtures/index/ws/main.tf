terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
    random = "~> 3.0"
  }
  backend "s3" {
    bucket               = "acme-tfstate"
    key                  = "app/terraform.tfstate"
    region               = "eu-west-1"
    profile              = "ops"
    workspace_key_prefix = "envs"
  }
}

provider "aws" {
  region  = var.region
  profile = "dev"

  default_tags {
    tags = {
      Owner = "platform"
    }
  }

  endpoints {
    cloudcontrol = "http://127.0.0.1:4599"
    s3           = "http://127.0.0.1:4598"
  }
}

provider "aws" {
  alias  = "west"
  region = "us-west-2"

  assume_role {
    role_arn     = "arn:aws:iam::123456789012:role/deploy"
    session_name = "driftlog"
    external_id  = "ext-1"
  }
}

resource "aws_s3_bucket" "logs" {
  bucket = "${local.prefix}-logs"
  tags = {
    Name = "logs"
    Env  = var.environment
  }

  lifecycle {
    ignore_changes = [tags["Name"], tags_all]
  }
}

resource "aws_sqs_queue" "jobs" {
  count    = var.queue_count
  provider = aws.west
  name     = "jobs-${count.index}"

  lifecycle {
    ignore_changes = all
  }
}

resource "aws_iam_user" "each" {
  for_each = toset(["a", "b"])
  name     = each.key
}

data "aws_caller_identity" "me" {}

module "net" {
  source = "./modules/net"
  cidr   = "10.0.0.0/16"
}

module "registry" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.0.0"
}

import {
  to = aws_s3_bucket.logs
  id = "acme-logs"
}

moved {
  from = aws_s3_bucket.old_logs
  to   = aws_s3_bucket.logs
}

output "bucket_arn" {
  value = aws_s3_bucket.logs.arn
}
