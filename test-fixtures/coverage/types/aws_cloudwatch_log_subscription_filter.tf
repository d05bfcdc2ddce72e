resource "aws_cloudwatch_log_subscription_filter" "this" {
  name            = "coverage-log-subscription-filter-ship"
  log_group_name  = "/coverage/aws_cloudwatch_log_subscription_filter/app"
  filter_pattern  = "?ERROR ?WARN"
  destination_arn = "arn:aws:firehose:eu-west-1:123456789012:deliverystream/coverage-log-subscription-filter-sink"
  role_arn        = "arn:aws:iam::123456789012:role/coverage-log-subscription-filter-cwl"
  distribution    = "Random"
}
