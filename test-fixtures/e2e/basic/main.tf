# A small stack for the real-editor tests: two resources and a module call.
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

provider "aws" {
  region = "eu-west-1"
}

resource "aws_s3_bucket" "logs" {
  bucket = "driftlog-e2e-logs"

  tags = {
    Team = "platform"
  }
}

resource "aws_sqs_queue" "events" {
  name                       = "driftlog-e2e-events"
  visibility_timeout_seconds = 60
}

module "network" {
  source = "./modules/network"
  cidr   = "10.0.0.0/16"
}
