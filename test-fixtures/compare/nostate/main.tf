provider "aws" {
  region = "eu-west-1"
}

provider "aws" {
  alias  = "east"
  region = "us-east-1"
}

data "aws_availability_zones" "all" {}

# count from a data source: cannot be evaluated, and no state says how many
resource "aws_s3_bucket" "many" {
  count  = length(data.aws_availability_zones.all.names)
  bucket = "many-${count.index}"
}

# count = 0: no instance at all
resource "aws_s3_bucket" "none" {
  count  = 0
  bucket = "none"
}

# for_each over a set of strings
resource "aws_cloudwatch_log_group" "apps" {
  for_each = toset(["api", "worker"])
  name     = "/apps/${each.key}"
}

# the identifier is a read-only ARN, named by an import block
import {
  to = aws_iam_policy.imported
  id = "arn:aws:iam::123456789012:policy/imported"
}

resource "aws_iam_policy" "imported" {
  name   = "imported"
  policy = jsonencode({ Version = "2012-10-17", Statement = [] })
}

# awscc: the primary identifier (RoleName) is settable, so the config names it
resource "awscc_iam_role" "cc" {
  role_name                   = "cc-role"
  assume_role_policy_document = jsonencode({ Version = "2012-10-17", Statement = [] })
}

module "edge" {
  source = "./modules/edge"
  providers = {
    aws = aws.east
  }
}
