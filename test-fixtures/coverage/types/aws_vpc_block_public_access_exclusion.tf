resource "aws_vpc_block_public_access_exclusion" "this" {
  vpc_id                          = "vpc-0b5e2a7c9d1f30462"
  internet_gateway_exclusion_mode = "allow-egress"

  tags = {
    Name = "coverage-bpa-exclusion"
  }
}
