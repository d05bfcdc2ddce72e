resource "aws_cloudwatch_event_bus" "this" {
  name        = "coverage-event-bus-orders"
  description = "Order lifecycle events"

  dead_letter_config {
    arn = "arn:aws:sqs:eu-west-1:123456789012:coverage-event-bus-dlq"
  }

  tags = {
    Name = "coverage-event-bus"
    Team = "orders"
  }
}
