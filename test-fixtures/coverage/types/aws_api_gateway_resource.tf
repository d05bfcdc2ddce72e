resource "aws_api_gateway_resource" "this" {
  rest_api_id = "b2c3d4e5f6"
  parent_id   = "r00t2b3c4d"
  path_part   = "orders"
}
