# Revert fixture: each resource drifts in one way a revert must handle. The live side is ../seed.json.
provider "aws" {
  region = "us-east-1"
}

variable "db_password" {
  type      = string
  sensitive = true
}

data "aws_ssm_parameter" "monitoring" {
  name = "/dl/monitoring"
}

# A drifted string attribute (live: t3.large), and one whose value cannot be known before apply.
resource "aws_instance" "web" {
  ami           = "ami-0aaa1111"
  instance_type = "t3.small"
  monitoring    = data.aws_ssm_parameter.monitoring.value == "on"
  tags = {
    Name = "web"
  }
}

# A drifted create-only attribute (live: another AMI) next to an updatable one: the revert is refused.
resource "aws_instance" "batch" {
  ami           = "ami-0bbb2222"
  instance_type = "t3.micro"
}

# Tags changed, added and removed in the console (an AWS-reserved tag is there too).
resource "aws_s3_bucket" "logs" {
  bucket = "dl-revert-logs"
  tags = {
    Env  = "prod"
    Team = "data"
  }
}

# Public access settings the bucket no longer has at all (booleans, a nested property added whole).
resource "aws_s3_bucket_public_access_block" "logs" {
  bucket              = "dl-revert-logs"
  block_public_acls   = true
  block_public_policy = true
}

# A JSON policy document (live: another service principal).
resource "aws_iam_role" "app" {
  name = "dl-revert-app"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "ec2.amazonaws.com" }
    }]
  })
}

# A drifted value; Description and Tier are write-only in AWS::SSM::Parameter: re-sent.
resource "aws_ssm_parameter" "config" {
  name        = "/dl/config"
  type        = "String"
  value       = "v2"
  description = "Feature flags"
  tier        = "Standard"
}

# A drifted class; the password is write-only and sensitive: re-sent, never shown.
resource "aws_db_instance" "main" {
  identifier     = "dl-revert-db"
  engine         = "postgres"
  instance_class = "db.t3.small"
  username       = "app"
  password       = var.db_password
}

# A drifted retention, for failures and cancellation.
resource "aws_cloudwatch_log_group" "app" {
  name              = "/dl/revert/app"
  retention_in_days = 30
}
