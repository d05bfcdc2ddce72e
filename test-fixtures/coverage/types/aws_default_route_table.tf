resource "aws_default_route_table" "this" {
  default_route_table_id = "rtb-0f1d4a7c0e3b69258"

  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = "igw-0b2e5c8f1d4a70369"
  }

  tags = {
    Name = "coverage-default-rtb"
  }
}
