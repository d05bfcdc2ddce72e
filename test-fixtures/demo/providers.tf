# Demo stack for `npm run demo`: the order service of a small shop. The live side is seed.json (the emulator's
# seed, with out-of-band changes by alice, bob and carol); terraform.tfstate is what Terraform last applied.
terraform {
  required_version = ">= 1.5"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

provider "aws" {
  region = "us-east-1"
}
