resource "aws_iam_role_policy" "this" {
  name = "coverage-role-policy-logs"
  role = "coverage-role-policy-app"

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["logs:CreateLogStream", "logs:PutLogEvents"]
      Resource = "arn:aws:logs:eu-west-1:123456789012:log-group:/coverage/role-policy:*"
      Condition = {
        StringEquals = { "aws:RequestedRegion" = "eu-west-1" }
      }
    }]
  })
}
