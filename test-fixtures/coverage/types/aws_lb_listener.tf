resource "aws_lb_listener" "this" {
  load_balancer_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/coverage-listener-lb/0ea1b3c5d7e9f024"
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = "arn:aws:acm:eu-west-1:123456789012:certificate/0ea2c4e6-8b0d-4f13-a579-2468ace13579"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/coverage-listener-blue/0ea3d5f7b9c1e246"
  }

  routing_http_response_strict_transport_security_header_value = "max-age=31536000; includeSubDomains"

  tags = {
    Name = "coverage-lb-listener"
  }
}
