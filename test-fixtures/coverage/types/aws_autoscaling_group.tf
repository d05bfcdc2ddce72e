resource "aws_autoscaling_group" "this" {
  name                      = "coverage-asg"
  min_size                  = 1
  max_size                  = 4
  desired_capacity          = 2
  vpc_zone_identifier       = ["subnet-0d0d7a8ffde288fb6", "subnet-0271e542d68948b3b"]
  health_check_type         = "ELB"
  health_check_grace_period = 120
  target_group_arns         = ["arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/coverage-asg-web/6c9ab07f470a2607"]
  termination_policies      = ["OldestLaunchTemplate", "Default"]
  enabled_metrics           = ["GroupDesiredCapacity", "GroupInServiceInstances"]

  launch_template {
    id      = "lt-0897158f1fe5ea7fe"
    version = "$Latest"
  }

  instance_maintenance_policy {
    min_healthy_percentage = 90
    max_healthy_percentage = 120
  }

  tag {
    key                 = "Name"
    value               = "coverage-asg"
    propagate_at_launch = true
  }

  tag {
    key                 = "Env"
    value               = "test"
    propagate_at_launch = false
  }
}
