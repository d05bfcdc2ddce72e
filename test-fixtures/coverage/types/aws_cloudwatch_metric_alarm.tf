resource "aws_cloudwatch_metric_alarm" "this" {
  alarm_name          = "coverage-metric-alarm-queue-depth"
  alarm_description   = "Orders queue is backing up"
  namespace           = "AWS/SQS"
  metric_name         = "ApproximateNumberOfMessagesVisible"
  statistic           = "Maximum"
  period              = 300
  evaluation_periods  = 3
  datapoints_to_alarm = 2
  threshold           = 100
  comparison_operator = "GreaterThanOrEqualToThreshold"
  treat_missing_data  = "notBreaching"

  dimensions = {
    QueueName = "coverage-metric-alarm-orders"
  }

  alarm_actions = [
    "arn:aws:sns:eu-west-1:123456789012:coverage-metric-alarm-pager",
    "arn:aws:sns:eu-west-1:123456789012:coverage-metric-alarm-chat",
  ]
  ok_actions = ["arn:aws:sns:eu-west-1:123456789012:coverage-metric-alarm-chat"]

  tags = {
    Name = "coverage-metric-alarm"
    Team = "platform"
  }
}
