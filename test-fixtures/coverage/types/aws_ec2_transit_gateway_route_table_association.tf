resource "aws_ec2_transit_gateway_route_table_association" "this" {
  transit_gateway_attachment_id  = "tgw-attach-04f09d4c0ff25b68d"
  transit_gateway_route_table_id = "tgw-rtb-02173b225314e1efc"
}
