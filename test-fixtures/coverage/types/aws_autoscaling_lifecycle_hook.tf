resource "aws_autoscaling_lifecycle_hook" "this" {
  name                    = "coverage-asg-drain"
  autoscaling_group_name  = "coverage-asg-hook"
  lifecycle_transition    = "autoscaling:EC2_INSTANCE_TERMINATING"
  heartbeat_timeout       = 600
  default_result          = "CONTINUE"
  notification_target_arn = "arn:aws:sqs:eu-west-1:123456789012:coverage-asg-drain"
  role_arn                = "arn:aws:iam::123456789012:role/coverage-asg-hook"
  notification_metadata   = jsonencode({ drain = true })
}
