resource "aws_iam_role" "this" {
  name                 = "coverage-iam-role-app"
  description          = "Runs the coverage app on EC2"
  max_session_duration = 7200

  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } },
      {
        Effect    = "Allow"
        Action    = ["sts:AssumeRole", "sts:TagSession"]
        Principal = { AWS = "arn:aws:iam::123456789012:role/coverage-iam-role-ci" }
      },
    ]
  })

  tags = {
    Team = "platform"
    Env  = "test"
  }
}
