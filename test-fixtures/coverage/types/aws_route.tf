resource "aws_route" "this" {
  route_table_id         = "rtb-0a7e3c5d9b1f24680"
  destination_cidr_block = "0.0.0.0/0"
  network_interface_id   = "eni-0c3f5a7b9d1e24680"
}
