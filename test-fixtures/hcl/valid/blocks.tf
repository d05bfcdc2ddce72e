terraform {
  required_version = ">= 1.5"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
  backend "s3" {
    bucket = "tfstate-main"
    key    = "prod/terraform.tfstate"
    region = "eu-west-1"
  }
}

provider "aws" {
  region = "eu-west-1"
}

resource "aws_s3_bucket" "logs" {
  bucket        = "acme-logs"
  force_destroy = false

  versioning {
    enabled = true
  }
}

data "aws_caller_identity" "current" {}

module "vpc" {
  source = "./modules/vpc"
  cidr   = "10.0.0.0/16"
}

variable "environment" {
  type    = string
  default = "prod"
}

locals {
  name = "acme"
}

output "bucket" {
  value = aws_s3_bucket.logs.id
}

import {
  to = aws_s3_bucket.logs
  id = "acme-logs"
}

moved {
  from = aws_s3_bucket.old
  to   = aws_s3_bucket.logs
}

unlabeled_ident_label foo {
  a = 1
}
