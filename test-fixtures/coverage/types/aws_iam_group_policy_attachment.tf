resource "aws_iam_group" "ops" {
  name = "coverage-group-attach-ops"
}

resource "aws_iam_group_policy_attachment" "this" {
  group      = aws_iam_group.ops.name
  policy_arn = "arn:aws:iam::aws:policy/job-function/SystemAdministrator"
}
