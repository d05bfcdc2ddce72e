resource "aws_rolesanywhere_profile" "this" {
  name             = "coverage-rolesanywhere-profile-onprem"
  enabled          = true
  duration_seconds = 1800
  role_arns = [
    "arn:aws:iam::123456789012:role/coverage-rolesanywhere-profile-backup",
    "arn:aws:iam::123456789012:role/coverage-rolesanywhere-profile-metrics",
  ]

  session_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["s3:PutObject", "cloudwatch:PutMetricData"], Resource = "*" }]
  })

  tags = { Site = "dc1" }
}
