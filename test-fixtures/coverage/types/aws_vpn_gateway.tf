resource "aws_vpn_gateway" "this" {
  vpc_id          = "vpc-0b5e2a7c9d1f30462"
  amazon_side_asn = "64620"

  tags = {
    Name = "coverage-vgw"
  }
}
