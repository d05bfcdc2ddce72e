resource "aws_ec2_transit_gateway_route_table_propagation" "this" {
  transit_gateway_attachment_id  = "tgw-attach-041627d10345d319b"
  transit_gateway_route_table_id = "tgw-rtb-0280f73db4146578b"
}
