resource "aws_iam_user_policy" "this" {
  name = "coverage-user-policy-artifacts"
  user = "coverage-user-policy-ci"

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = ["s3:PutObject", "s3:GetObject"], Resource = "arn:aws:s3:::coverage-user-policy-artifacts/*" },
      { Effect = "Allow", Action = "s3:ListBucket", Resource = "arn:aws:s3:::coverage-user-policy-artifacts" },
    ]
  })
}
