resource "aws_lb_target_group" "this" {
  name                 = "coverage-lb-target-group"
  port                 = 8080
  protocol             = "HTTP"
  vpc_id               = "vpc-0eb1c3e5a7d9f0246"
  target_type          = "ip"
  deregistration_delay = 30

  health_check {
    path                = "/healthz"
    matcher             = "200-299"
    interval            = 15
    timeout             = 5
    healthy_threshold   = 3
    unhealthy_threshold = 2
  }

  stickiness {
    type            = "lb_cookie"
    enabled         = true
    cookie_duration = 3600
  }

  tags = {
    Name = "coverage-lb-target-group"
  }
}
