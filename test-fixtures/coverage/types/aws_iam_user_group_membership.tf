resource "aws_iam_user" "dev" {
  name = "coverage-ugm-dev"
}

resource "aws_iam_user_group_membership" "this" {
  user   = aws_iam_user.dev.name
  groups = ["coverage-ugm-readers", "coverage-ugm-deployers"]
}
