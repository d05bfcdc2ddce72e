# Fixture for the edit engine: formatting that edits must keep.

provider "aws" {
  region = "eu-west-1"
}

locals {
  size = "t3.micro"
}

# The web server.
resource "aws_instance" "web" {
  ami           = "ami-0123456789abcdef0" # pinned image
  instance_type = "t3.small"
  monitoring    = false

  tags = {
    Name = "web"
    Env  = "prod" # environment
    "cost center" = "42"
  }
}

resource "aws_instance" "sized" {
  ami           = "ami-0123456789abcdef0"
  instance_type = local.size
}

resource "aws_instance" "var_typed" {
  ami           = "ami-0123456789abcdef0"
  instance_type = var.instance_type
  tags          = { Team = var.team }
}

resource "aws_s3_bucket" "logs" {
  bucket = "acme-logs"
}

resource "aws_s3_bucket_versioning" "logs" {
  bucket = aws_s3_bucket.logs.id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_security_group" "web" {
  name        = "web"
  description = "web traffic"

  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    from_port   = 80
    to_port     = 80
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_iam_role_policy" "inline" {
  name = "inline"
  role = "app"

  policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]
    }
  EOT
}

resource "aws_iam_role" "app" {
  name = "app"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "ec2.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })

  lifecycle {
    ignore_changes = [
      description,
    ]
  }
}

resource "aws_sqs_queue" "jobs" {
  name                      = "jobs"
  delay_seconds             = 0
  message_retention_seconds = 86400
}

resource "aws_ssm_parameter" "motd" {
  name  = "/app/motd"
  type  = "String"
  value = <<EOT
Welcome
EOT
}

resource "aws_sns_topic" "alerts" {
  name = "alerts"
  lifecycle { ignore_changes = [tags] }
}

resource "aws_cloudwatch_log_group" "app" {
  name = "/app"
}

resource "aws_kms_key" "main" {}
