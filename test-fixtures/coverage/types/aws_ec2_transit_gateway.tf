resource "aws_ec2_transit_gateway" "this" {
  description                     = "coverage transit gateway"
  amazon_side_asn                 = 64620
  auto_accept_shared_attachments  = "enable"
  default_route_table_association = "disable"
  default_route_table_propagation = "disable"
  transit_gateway_cidr_blocks     = ["10.99.0.0/24", "10.99.1.0/24"]

  tags = {
    Name = "coverage-tgw"
    Env  = "test"
  }
}
