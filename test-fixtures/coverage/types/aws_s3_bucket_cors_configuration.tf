resource "aws_s3_bucket" "app" {
  bucket = "coverage-s3-cors-123456789012"
}

resource "aws_s3_bucket_cors_configuration" "this" {
  bucket = aws_s3_bucket.app.id

  cors_rule {
    id              = "browser-uploads"
    allowed_headers = ["*"]
    allowed_methods = ["PUT", "POST"]
    allowed_origins = ["https://app.example.com"]
    expose_headers  = ["ETag"]
    max_age_seconds = 3000
  }

  cors_rule {
    allowed_methods = ["GET"]
    allowed_origins = ["*"]
  }
}
