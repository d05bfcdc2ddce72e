resource "aws_wafv2_ip_set" "this" {
  name               = "coverage-ip-set"
  description        = "Office egress addresses"
  scope              = "REGIONAL"
  ip_address_version = "IPV4"
  addresses          = ["203.0.113.10/32", "198.51.100.0/28"]

  tags = {
    Name = "coverage-ip-set"
  }
}
