resource "aws_lb_listener_rule" "this" {
  listener_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener/app/coverage-rule-lb/0ee1a3c5e7b9d024/0ee2b4d6f8a0c135"
  priority     = 100

  action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/coverage-rule-api/0ee4d6f8b0c2e357"
  }

  condition {
    path_pattern {
      values = ["/api/*", "/v2/api/*"]
    }
  }

  condition {
    host_header {
      values = ["api.coverage.example.com"]
    }
  }

  tags = {
    Name = "coverage-lb-listener-rule"
  }
}
