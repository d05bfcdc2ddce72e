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

resource "aws_cloudwatch_metric_alarm" "error_rate" {
  alarm_name          = "coverage-metric-alarm-5xx-rate"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 2
  threshold           = 5

  metric_query {
    id          = "rate"
    expression  = "100 * errors / requests"
    label       = "5xx rate (%)"
    return_data = true
  }

  metric_query {
    id = "errors"
    metric {
      namespace   = "AWS/ApplicationELB"
      metric_name = "HTTPCode_Target_5XX_Count"
      period      = 60
      stat        = "Sum"
      dimensions = {
        LoadBalancer = "app/coverage-metric-alarm/4f6a8c0e2b4d6081"
        TargetGroup  = "targetgroup/coverage-metric-alarm-api/1a3c5e7b9d0f2468"
      }
    }
  }

  metric_query {
    id = "requests"
    metric {
      namespace   = "AWS/ApplicationELB"
      metric_name = "RequestCount"
      period      = 60
      stat        = "Sum"
      dimensions = {
        LoadBalancer = "app/coverage-metric-alarm/4f6a8c0e2b4d6081"
        TargetGroup  = "targetgroup/coverage-metric-alarm-api/1a3c5e7b9d0f2468"
      }
    }
  }
}
