resource "aws_s3_bucket" "app" {
  bucket = "coverage-s3-accesspoint-123456789012"
}

resource "aws_s3_access_point" "this" {
  bucket = aws_s3_bucket.app.id
  name   = "coverage-s3-ap"

  vpc_configuration {
    vpc_id = "vpc-0c3a5e7f9b1d24680"
  }

  public_access_block_configuration {
    block_public_acls       = true
    block_public_policy     = true
    ignore_public_acls      = true
    restrict_public_buckets = true
  }

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::123456789012:role/coverage-s3-ap-reader" }
      Action    = ["s3:GetObject", "s3:ListBucket"]
      Resource  = ["arn:aws:s3:eu-west-1:123456789012:accesspoint/coverage-s3-ap", "arn:aws:s3:eu-west-1:123456789012:accesspoint/coverage-s3-ap/object/*"]
    }]
  })
}
