resource "aws_s3_bucket" "app" {
  bucket              = "coverage-s3-objectlock-123456789012"
  object_lock_enabled = true
}

resource "aws_s3_bucket_object_lock_configuration" "this" {
  bucket = aws_s3_bucket.app.id

  rule {
    default_retention {
      mode = "GOVERNANCE"
      days = 30
    }
  }
}
