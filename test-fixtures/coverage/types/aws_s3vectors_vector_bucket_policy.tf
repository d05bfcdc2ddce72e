resource "aws_s3vectors_vector_bucket" "app" {
  vector_bucket_name = "coverage-s3vectors-policy"
}

resource "aws_s3vectors_vector_bucket_policy" "this" {
  vector_bucket_arn = aws_s3vectors_vector_bucket.app.vector_bucket_arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "QueryOnly"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::123456789012:role/coverage-s3vectors-search" }
      Action    = ["s3vectors:QueryVectors", "s3vectors:GetVectors"]
      Resource  = "arn:aws:s3vectors:eu-west-1:123456789012:bucket/coverage-s3vectors-policy/index/*"
    }]
  })
}
