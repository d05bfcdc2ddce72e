resource "aws_s3_bucket" "app" {
  bucket = "coverage-s3-accelerate-123456789012"
}

resource "aws_s3_bucket_accelerate_configuration" "this" {
  bucket = aws_s3_bucket.app.id
  status = "Enabled"
}
