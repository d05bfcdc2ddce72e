resource "aws_efs_file_system" "data" {
  creation_token = "coverage-efs-policy"
  encrypted      = true

  tags = {
    Name = "coverage-efs-policy"
  }
}

resource "aws_efs_file_system_policy" "this" {
  file_system_id = aws_efs_file_system.data.id

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "DenyInsecureTransport"
        Effect    = "Deny"
        Principal = { AWS = "*" }
        Action    = "*"
        Resource  = aws_efs_file_system.data.arn
        Condition = { Bool = { "aws:SecureTransport" = "false" } }
      },
      {
        Sid       = "AppMount"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::123456789012:role/coverage-efs-policy-app" }
        Action    = ["elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite"]
        Resource  = aws_efs_file_system.data.arn
      },
    ]
  })
}
