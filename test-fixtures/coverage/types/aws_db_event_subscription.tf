resource "aws_db_event_subscription" "this" {
  name             = "coverage-db-event-sub"
  sns_topic        = "arn:aws:sns:eu-west-1:123456789012:coverage-db-event-alerts"
  source_type      = "db-instance"
  source_ids       = ["coverage-db-event-primary", "coverage-db-event-replica"]
  event_categories = ["availability", "failover", "failure", "low storage"]
  enabled          = true

  tags = {
    Env = "test"
  }
}
