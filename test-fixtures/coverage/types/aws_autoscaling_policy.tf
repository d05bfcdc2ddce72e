resource "aws_autoscaling_policy" "this" {
  name                   = "coverage-asg-cpu-target"
  autoscaling_group_name = "coverage-asg-policy"
  policy_type            = "TargetTrackingScaling"

  target_tracking_configuration {
    target_value = 55

    predefined_metric_specification {
      predefined_metric_type = "ASGAverageCPUUtilization"
    }
  }
}
