resource "aws_default_vpc" "this" {
  enable_dns_support   = true
  enable_dns_hostnames = true

  tags = {
    Name = "coverage-default-vpc"
  }
}
