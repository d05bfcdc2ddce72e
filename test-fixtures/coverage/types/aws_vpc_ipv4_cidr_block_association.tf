resource "aws_vpc_ipv4_cidr_block_association" "this" {
  vpc_id     = "vpc-0b5e2a7c9d1f30462"
  cidr_block = "10.61.0.0/16"
}
