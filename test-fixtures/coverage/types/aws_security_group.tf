resource "aws_security_group" "this" {
  name        = "coverage-security-group"
  description = "Coverage web tier"
  vpc_id      = "vpc-0e5a7c1d3b9f24680"

  ingress {
    description = "HTTPS from the offices"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["203.0.113.0/24", "198.51.100.0/24"]
  }

  ingress {
    description     = "SSH from the bastion"
    from_port       = 22
    to_port         = 22
    protocol        = "tcp"
    security_groups = ["sg-0e5b2d4f6a8c13579"]
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }

  tags = {
    Name = "coverage-security-group"
    Env  = "test"
  }
}
