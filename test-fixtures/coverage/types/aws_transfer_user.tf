resource "aws_transfer_user" "this" {
  server_id           = "s-1b2c3d4e5f6071829"
  user_name           = "coverage-transfer-user"
  role                = "arn:aws:iam::123456789012:role/coverage-transfer-user-access"
  home_directory_type = "LOGICAL"

  home_directory_mappings {
    entry  = "/"
    target = "/coverage-transfer-user-bucket/home"
  }

  home_directory_mappings {
    entry  = "/shared"
    target = "/coverage-transfer-user-bucket/shared"
  }

  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["s3:GetObject", "s3:PutObject"], Resource = "arn:aws:s3:::coverage-transfer-user-bucket/*" }]
  })

  tags = {
    Team = "partners"
  }
}
