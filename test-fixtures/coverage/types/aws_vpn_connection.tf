resource "aws_vpn_connection" "this" {
  customer_gateway_id     = "cgw-0d6e9a2c5f8b14703"
  vpn_gateway_id          = "vgw-0e7f0b3d6a9c25814"
  type                    = "ipsec.1"
  static_routes_only      = true
  local_ipv4_network_cidr = "192.168.0.0/16"

  tunnel1_inside_cidr = "169.254.21.0/30"
  tunnel2_inside_cidr = "169.254.22.0/30"

  tags = {
    Name = "coverage-vpn-dublin"
  }
}
