resource "aws_alb_target_group" "this" {
  name                          = "coverage-alb-target-group"
  port                          = 443
  protocol                      = "HTTPS"
  protocol_version              = "HTTP2"
  vpc_id                        = "vpc-0ef2c4e6a8b0d1357"
  slow_start                    = 60
  load_balancing_algorithm_type = "least_outstanding_requests"

  health_check {
    protocol = "HTTPS"
    path     = "/ping"
    matcher  = "200"
  }
}
