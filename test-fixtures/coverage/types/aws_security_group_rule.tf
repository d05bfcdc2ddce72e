resource "aws_security_group" "db" {
  name        = "coverage-sg-rule-db"
  description = "Coverage database tier"
  vpc_id      = "vpc-0e5a7c1d3b9f24680"

  tags = {
    Name = "coverage-sg-rule-db"
  }
}

resource "aws_security_group_rule" "this" {
  type              = "ingress"
  description       = "PostgreSQL from the app subnets"
  from_port         = 5432
  to_port           = 5432
  protocol          = "tcp"
  cidr_blocks       = ["10.40.1.0/24", "10.40.2.0/24"]
  security_group_id = aws_security_group.db.id
}
