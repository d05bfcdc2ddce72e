resource "aws_alb_target_group" "app" {
  name     = "coverage-alb-tg-attachment"
  port     = 8080
  protocol = "HTTP"
  vpc_id   = "vpc-0ec2b4d6f8a0c135"
}

resource "aws_alb_target_group_attachment" "this" {
  target_group_arn = aws_alb_target_group.app.arn
  target_id        = "i-0ec6f8b0d2e4a1357"
  port             = 8080
}
