resource "aws_iam_group" "this" {
  name = "coverage-iam-group-developers"
  path = "/teams/"
}
