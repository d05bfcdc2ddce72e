resource "aws_secretsmanager_secret_policy" "this" {
  secret_arn = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:coverage/secret-policy/api-Kp9Wd3"

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "AppReads"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::123456789012:role/coverage-secret-policy-app" }
      Action    = "secretsmanager:GetSecretValue"
      Resource  = "*"
    }]
  })
}
