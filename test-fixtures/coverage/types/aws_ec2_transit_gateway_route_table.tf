resource "aws_ec2_transit_gateway_route_table" "this" {
  transit_gateway_id = "tgw-0bdd2a0abf49502fc"

  tags = {
    Name = "coverage-tgw-rtb"
    Env  = "test"
  }
}
