resource "aws_security_group" "app" {
  name        = "coverage-vpc-ingress-rule-app"
  description = "Coverage app tier"
  vpc_id      = "vpc-0e5a7c1d3b9f24680"
}

resource "aws_vpc_security_group_ingress_rule" "this" {
  security_group_id            = aws_security_group.app.id
  description                  = "HTTP from the load balancer"
  ip_protocol                  = "tcp"
  from_port                    = 8080
  to_port                      = 8080
  referenced_security_group_id = "sg-0e7d1f3b5a9c24680"

  tags = {
    Name = "coverage-vpc-ingress-rule"
  }
}
