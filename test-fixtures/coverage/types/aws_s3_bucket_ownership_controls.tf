resource "aws_s3_bucket" "app" {
  bucket = "coverage-s3-ownership-123456789012"
}

resource "aws_s3_bucket_ownership_controls" "this" {
  bucket = aws_s3_bucket.app.id

  rule {
    object_ownership = "BucketOwnerPreferred"
  }
}
