resource "aws_vpn_gateway_attachment" "this" {
  vpn_gateway_id = "vgw-0c4e6a8b0d2f35791"
  vpc_id         = "vpc-0f3b5d7a9c1e24681"
}
