variable "cidr" {}

variable "azs" {
  type = map(string)
}

resource "aws_vpc" "this" {
  cidr_block           = var.cidr
  enable_dns_hostnames = true
  tags = {
    Name = "main"
  }
}

resource "aws_subnet" "private" {
  for_each          = var.azs
  vpc_id            = aws_vpc.this.id
  cidr_block        = each.value
  availability_zone = "eu-west-1${each.key}"
  tags = {
    Name = "private-${each.key}"
  }
}

output "vpc_id" {
  value = aws_vpc.this.id
}
