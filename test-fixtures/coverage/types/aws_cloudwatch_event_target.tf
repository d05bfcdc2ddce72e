resource "aws_cloudwatch_event_rule" "nightly" {
  name                = "coverage-event-target-nightly"
  schedule_expression = "cron(0 2 * * ? *)"
}

resource "aws_cloudwatch_event_target" "this" {
  rule      = aws_cloudwatch_event_rule.nightly.name
  target_id = "report"
  arn       = "arn:aws:lambda:eu-west-1:123456789012:function:coverage-event-target-report"
  input = jsonencode({
    report = "daily"
    notify = ["ops@example.com"]
  })

  retry_policy {
    maximum_event_age_in_seconds = 3600
    maximum_retry_attempts       = 4
  }
}
