resource "aws_cloudwatch_event_rule" "this" {
  name        = "coverage-event-rule-ec2-state"
  description = "EC2 instances stopping or terminating"
  event_pattern = jsonencode({
    source      = ["aws.ec2"]
    detail-type = ["EC2 Instance State-change Notification"]
    detail = {
      state = ["stopping", "terminated"]
    }
  })
  state = "ENABLED"

  tags = {
    Name = "coverage-event-rule"
    Team = "platform"
  }
}
