resource "aws_vpc_peering_connection_accepter" "this" {
  vpc_peering_connection_id = "pcx-0c2e5a8b1d4f70369"
  auto_accept               = true

  tags = {
    Name = "coverage-pcx-accepter"
    Side = "accepter"
  }
}
