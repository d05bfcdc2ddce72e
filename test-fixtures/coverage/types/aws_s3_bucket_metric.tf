resource "aws_s3_bucket" "app" {
  bucket = "coverage-s3-metric-123456789012"
}

resource "aws_s3_bucket_metric" "this" {
  bucket = aws_s3_bucket.app.id
  name   = "uploads"

  filter {
    prefix = "uploads/"
    tags = {
      priority = "high"
      class    = "blue"
    }
  }
}
