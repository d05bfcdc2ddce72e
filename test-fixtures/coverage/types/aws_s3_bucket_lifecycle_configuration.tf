resource "aws_s3_bucket" "app" {
  bucket = "coverage-s3-lifecycle-123456789012"
}

resource "aws_s3_bucket_lifecycle_configuration" "this" {
  bucket = aws_s3_bucket.app.id

  rule {
    id     = "archive-logs"
    status = "Enabled"

    filter {
      prefix = "logs/"
    }

    transition {
      days          = 30
      storage_class = "STANDARD_IA"
    }

    transition {
      days          = 90
      storage_class = "GLACIER"
    }

    expiration {
      days = 365
    }
  }

  rule {
    id     = "expire-scratch"
    status = "Enabled"

    filter {
      and {
        prefix                   = "scratch/"
        object_size_greater_than = 1024
        tags = {
          Retention = "short"
          Team      = "data"
        }
      }
    }

    expiration {
      days = 7
    }
  }

  rule {
    id     = "abort-uploads"
    status = "Enabled"

    filter {}

    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }

    noncurrent_version_expiration {
      noncurrent_days = 30
    }
  }
}
