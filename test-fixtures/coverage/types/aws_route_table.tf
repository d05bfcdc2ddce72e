resource "aws_route_table" "this" {
  vpc_id = "vpc-0b5e2a7c9d1f30462"

  route {
    cidr_block     = "0.0.0.0/0"
    nat_gateway_id = "nat-0c7e4a1d8b2f53690"
  }

  tags = {
    Name = "coverage-rtb-private"
    Tier = "private"
  }
}
