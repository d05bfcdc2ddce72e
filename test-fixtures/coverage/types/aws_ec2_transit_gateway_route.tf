resource "aws_ec2_transit_gateway_route" "this" {
  blackhole                      = false
  destination_cidr_block         = "10.77.0.0/16"
  transit_gateway_attachment_id  = "tgw-attach-042a321bfebb3a801"
  transit_gateway_route_table_id = "tgw-rtb-0ad1c96b958f638fc"
}
