# This file has a syntax error on purpose: the value of `name` is missing.
resource "aws_iam_role" "deployer" {
  name =
  path = "/ci/"
}
