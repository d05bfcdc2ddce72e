resource "aws_iam_user" "this" {
  name                 = "coverage-iam-user-deploy"
  path                 = "/system/"
  permissions_boundary = "arn:aws:iam::123456789012:policy/coverage-iam-user-boundary"

  tags = {
    Team    = "platform"
    Purpose = "ci-deploy"
  }
}
