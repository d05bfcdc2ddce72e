resource "aws_network_acl" "this" {
  vpc_id     = "vpc-0b5e2a7c9d1f30462"
  subnet_ids = ["subnet-0c1e4a7d0b3f69285"]

  ingress {
    protocol   = "tcp"
    rule_no    = 100
    action     = "allow"
    cidr_block = "10.41.0.0/16"
    from_port  = 443
    to_port    = 443
  }

  egress {
    protocol   = "-1"
    rule_no    = 100
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 0
  }

  tags = {
    Name = "coverage-nacl-data"
    Tier = "data"
  }
}
