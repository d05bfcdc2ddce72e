resource "aws_route_table_association" "this" {
  subnet_id      = "subnet-0c4d1f0a9e8b7a601"
  route_table_id = "rtb-0f1e2d3c4b5a69788"
}
