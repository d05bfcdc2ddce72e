resource "aws_s3_bucket" "app" {
  bucket = "coverage-s3-versioning-123456789012"
}

resource "aws_s3_bucket_versioning" "this" {
  bucket = aws_s3_bucket.app.id

  versioning_configuration {
    status = "Enabled"
  }
}
