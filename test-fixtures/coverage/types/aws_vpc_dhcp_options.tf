resource "aws_vpc_dhcp_options" "this" {
  domain_name         = "corp.coverage.internal"
  domain_name_servers = ["10.41.0.2", "10.41.0.3"]
  ntp_servers         = ["169.254.169.123"]
  netbios_node_type   = "2"

  tags = {
    Name = "coverage-dopt-corp"
  }
}
