resource "aws_lb" "this" {
  name                       = "coverage-lb"
  internal                   = false
  load_balancer_type         = "application"
  security_groups            = ["sg-0e9a1b2c3d4e5f607"]
  subnets                    = ["subnet-0e9a1c3e5b7d90246", "subnet-0e9b2d4f6a8c13579"]
  idle_timeout               = 120
  enable_deletion_protection = true
  drop_invalid_header_fields = true

  access_logs {
    bucket  = "coverage-lb-logs-123456789012"
    prefix  = "coverage-lb"
    enabled = true
  }

  tags = {
    Name = "coverage-lb"
    Env  = "test"
  }
}
