resource "aws_iam_policy" "deploy" {
  name = "coverage-policy-attachment-deploy"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "ecs:UpdateService", Resource = "*" }]
  })
}

resource "aws_iam_policy_attachment" "this" {
  name       = "coverage-policy-attachment"
  policy_arn = aws_iam_policy.deploy.arn
  roles      = ["coverage-policy-attachment-ci", "coverage-policy-attachment-ops"]
  users      = ["coverage-policy-attachment-bot"]
}
