resource "aws_cloudwatch_event_permission" "this" {
  statement_id = "coverage-event-permission-partner"
  principal    = "210987654321"
  action       = "events:PutEvents"
}
