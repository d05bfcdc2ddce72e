resource "aws_s3_bucket" "app" {
  bucket = "coverage-s3-pab-123456789012"
}

resource "aws_s3_bucket_public_access_block" "this" {
  bucket = aws_s3_bucket.app.id

  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
