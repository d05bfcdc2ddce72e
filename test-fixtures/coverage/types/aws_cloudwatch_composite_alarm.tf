resource "aws_cloudwatch_composite_alarm" "this" {
  alarm_name        = "coverage-composite-alarm-checkout"
  alarm_description = "Checkout degraded: errors and latency together"
  alarm_rule        = "ALARM(\"coverage-composite-alarm-5xx\") AND ALARM(\"coverage-composite-alarm-p99\")"
  alarm_actions     = ["arn:aws:sns:eu-west-1:123456789012:coverage-composite-alarm-pager"]
  ok_actions        = ["arn:aws:sns:eu-west-1:123456789012:coverage-composite-alarm-pager"]

  actions_suppressor {
    alarm            = "coverage-composite-alarm-maintenance"
    extension_period = 60
    wait_period      = 120
  }

  tags = {
    Name = "coverage-composite-alarm"
  }
}
