resource "aws_autoscaling_group" "app" {
  name                = "coverage-asg-attach"
  min_size            = 1
  max_size            = 2
  vpc_zone_identifier = ["subnet-0e1a5b2c3d4f60718"]

  launch_template {
    name    = "coverage-asg-attach"
    version = "$Default"
  }

  lifecycle {
    ignore_changes = [target_group_arns]
  }
}

resource "aws_autoscaling_attachment" "this" {
  autoscaling_group_name = aws_autoscaling_group.app.name
  lb_target_group_arn    = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/coverage-attach-api/1f2e3d4c5b6a7980"
}
