resource "aws_vpc_dhcp_options_association" "this" {
  vpc_id          = "vpc-0a4c6e8b0d2f35792"
  dhcp_options_id = "dopt-0d5f7b9a1c3e24682"
}
