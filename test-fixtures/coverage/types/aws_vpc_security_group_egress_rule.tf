resource "aws_vpc_security_group_egress_rule" "this" {
  security_group_id = "sg-0e8b0d2f4a6c13579"
  description       = "HTTPS to the internet"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"
}
