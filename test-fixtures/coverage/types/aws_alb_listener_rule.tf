resource "aws_alb_listener_rule" "this" {
  listener_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener/app/coverage-alb-rule-lb/0ee5e7a9c1d3f246/0ee6f8b0d2e4a357"
  priority     = 10

  action {
    type = "fixed-response"

    fixed_response {
      content_type = "text/plain"
      message_body = "Down for maintenance"
      status_code  = "503"
    }
  }

  condition {
    http_header {
      http_header_name = "X-Maintenance"
      values           = ["on"]
    }
  }
}
