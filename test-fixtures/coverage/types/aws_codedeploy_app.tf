resource "aws_codedeploy_app" "this" {
  name             = "coverage-deploy-app"
  compute_platform = "ECS"

  tags = {
    Name = "coverage-deploy-app"
  }
}
