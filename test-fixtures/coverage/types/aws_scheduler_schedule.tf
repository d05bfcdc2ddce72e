resource "aws_scheduler_schedule" "this" {
  name                         = "coverage-scheduler-schedule"
  group_name                   = "default"
  description                  = "nightly report"
  schedule_expression          = "cron(0 6 * * ? *)"
  schedule_expression_timezone = "Europe/Dublin"

  flexible_time_window {
    mode                      = "FLEXIBLE"
    maximum_window_in_minutes = 15
  }

  target {
    arn      = "arn:aws:lambda:eu-west-1:123456789012:function:coverage-scheduler-nightly"
    role_arn = "arn:aws:iam::123456789012:role/coverage-scheduler-invoke"
    input    = jsonencode({ job = "nightly-report", dryRun = false })

    retry_policy {
      maximum_retry_attempts       = 3
      maximum_event_age_in_seconds = 3600
    }
  }
}
