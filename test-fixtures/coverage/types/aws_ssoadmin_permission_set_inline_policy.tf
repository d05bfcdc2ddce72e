resource "aws_ssoadmin_permission_set" "logs" {
  name         = "CoverageInlineLogs"
  instance_arn = "arn:aws:sso:::instance/ssoins-68047a9b3c2d1e0f"
}

resource "aws_ssoadmin_permission_set_inline_policy" "this" {
  instance_arn       = "arn:aws:sso:::instance/ssoins-68047a9b3c2d1e0f"
  permission_set_arn = aws_ssoadmin_permission_set.logs.arn
  inline_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Sid = "ReadLogs", Effect = "Allow", Action = ["logs:GetLogEvents", "logs:FilterLogEvents"], Resource = "arn:aws:logs:eu-west-1:123456789012:log-group:/coverage/*" },
      { Sid = "ListBuckets", Effect = "Allow", Action = "s3:ListAllMyBuckets", Resource = "*" },
    ]
  })
}
