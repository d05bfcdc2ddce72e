resource "aws_dms_event_subscription" "this" {
  name             = "coverage-dms-events"
  enabled          = true
  sns_topic_arn    = "arn:aws:sns:eu-west-1:123456789012:coverage-dms-events"
  source_type      = "replication-task"
  source_ids       = ["coverage-dms-events-task"]
  event_categories = ["failure", "state change", "configuration change"]

  tags = {
    Env = "test"
  }
}
