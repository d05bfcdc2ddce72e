resource "aws_sns_topic_subscription" "this" {
  topic_arn            = "arn:aws:sns:eu-west-1:123456789012:coverage-sns-subscription-orders"
  protocol             = "sqs"
  endpoint             = "arn:aws:sqs:eu-west-1:123456789012:coverage-sns-subscription-billing"
  raw_message_delivery = true
  filter_policy_scope  = "MessageAttributes"
  filter_policy = jsonencode({
    eventType = ["order.placed", "order.refunded"]
    region    = [{ prefix = "eu-" }]
  })
}
