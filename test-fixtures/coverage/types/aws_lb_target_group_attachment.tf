resource "aws_lb_target_group" "app" {
  name     = "coverage-tg-attachment"
  port     = 80
  protocol = "HTTP"
  vpc_id   = "vpc-0ec2b4d6f8a0c135"
}

resource "aws_lb_target_group_attachment" "this" {
  target_group_arn = aws_lb_target_group.app.arn
  target_id        = "i-0ec3c5e7a9b1d2468"
  port             = 80
}
