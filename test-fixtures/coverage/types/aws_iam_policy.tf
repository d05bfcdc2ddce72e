resource "aws_iam_policy" "this" {
  name        = "coverage-iam-policy-reader"
  path        = "/app/"
  description = "Read the coverage app's bucket and queue"

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "Bucket"
        Effect   = "Allow"
        Action   = ["s3:GetObject", "s3:ListBucket"]
        Resource = ["arn:aws:s3:::coverage-iam-policy-data", "arn:aws:s3:::coverage-iam-policy-data/*"]
      },
      {
        Sid      = "Queue"
        Effect   = "Allow"
        Action   = "sqs:ReceiveMessage"
        Resource = "arn:aws:sqs:eu-west-1:123456789012:coverage-iam-policy-jobs"
      },
    ]
  })

  tags = { Team = "platform" }
}
