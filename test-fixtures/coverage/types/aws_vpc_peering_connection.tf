resource "aws_vpc_peering_connection" "this" {
  vpc_id      = "vpc-0b5e2a7c9d1f30462"
  peer_vpc_id = "vpc-0d1b4e7a0c3f69285"
  auto_accept = true

  accepter {
    allow_remote_vpc_dns_resolution = true
  }

  requester {
    allow_remote_vpc_dns_resolution = true
  }

  tags = {
    Name = "coverage-pcx-app-shared"
  }
}
