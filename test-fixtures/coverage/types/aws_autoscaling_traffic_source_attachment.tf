resource "aws_autoscaling_group" "app" {
  name                = "coverage-asg-traffic-source"
  min_size            = 1
  max_size            = 3
  vpc_zone_identifier = ["subnet-0f2b4d6a8c0e13579"]

  launch_template {
    name    = "coverage-asg-traffic-source"
    version = "$Latest"
  }

  lifecycle {
    ignore_changes = [traffic_source]
  }
}

resource "aws_autoscaling_traffic_source_attachment" "this" {
  autoscaling_group_name = aws_autoscaling_group.app.name

  traffic_source {
    identifier = "arn:aws:vpc-lattice:eu-west-1:123456789012:targetgroup/tg-0a1b2c3d4e5f60789"
    type       = "vpc-lattice"
  }
}
