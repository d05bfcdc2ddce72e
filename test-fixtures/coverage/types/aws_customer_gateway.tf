resource "aws_customer_gateway" "this" {
  bgp_asn     = "65010"
  ip_address  = "198.51.100.24"
  type        = "ipsec.1"
  device_name = "coverage-cgw-dublin-fw01"

  tags = {
    Name = "coverage-cgw-dublin"
  }
}
