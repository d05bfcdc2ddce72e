resource "aws_autoscaling_schedule" "this" {
  scheduled_action_name  = "coverage-asg-night"
  autoscaling_group_name = "coverage-asg-schedule"
  recurrence             = "0 20 * * MON-FRI"
  time_zone              = "Europe/Dublin"
  min_size               = 0
  max_size               = 1
  desired_capacity       = 0
}
