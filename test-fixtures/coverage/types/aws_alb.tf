resource "aws_alb" "this" {
  name            = "coverage-alb"
  internal        = true
  security_groups = ["sg-0ed2c4e6a8b0d1357"]
  subnets         = ["subnet-0ed3d5f7b9c1e2468", "subnet-0ed4e6a8c0d2f3579"]

  tags = {
    Name = "coverage-alb"
  }
}
