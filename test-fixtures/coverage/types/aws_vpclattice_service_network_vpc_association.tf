resource "aws_vpclattice_service_network_vpc_association" "this" {
  vpc_identifier             = "vpc-0d3e4f5a6b7c8091a"
  service_network_identifier = "sn-0e4f5a6b7c8d9012b"
  security_group_ids         = ["sg-0f5a6b7c8d9e0123c", "sg-0a6b7c8d9e0f1234d"]

  tags = {
    Env = "test"
  }
}
