resource "aws_s3_bucket" "app" {
  bucket = "coverage-s3-policy-123456789012"
}

resource "aws_s3_bucket_policy" "this" {
  bucket = aws_s3_bucket.app.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "DenyInsecureTransport"
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:*"
        Resource  = [aws_s3_bucket.app.arn, "${aws_s3_bucket.app.arn}/*"]
        Condition = { Bool = { "aws:SecureTransport" = "false" } }
      },
      {
        Sid       = "AuditRead"
        Effect    = "Allow"
        Principal = { AWS = "210987654321" }
        Action    = ["s3:GetObject", "s3:ListBucket"]
        Resource  = [aws_s3_bucket.app.arn, "${aws_s3_bucket.app.arn}/*"]
      },
    ]
  })
}
