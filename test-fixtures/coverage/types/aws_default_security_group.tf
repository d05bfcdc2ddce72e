resource "aws_default_security_group" "this" {
  vpc_id = "vpc-0e6b8d2f4a1c35791"

  ingress {
    protocol  = "-1"
    self      = true
    from_port = 0
    to_port   = 0
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }

  tags = {
    Name = "coverage-default-security-group"
  }
}
