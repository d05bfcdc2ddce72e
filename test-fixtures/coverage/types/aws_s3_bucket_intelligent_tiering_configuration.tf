resource "aws_s3_bucket" "app" {
  bucket = "coverage-s3-tiering-123456789012"
}

resource "aws_s3_bucket_intelligent_tiering_configuration" "this" {
  bucket = aws_s3_bucket.app.id
  name   = "archive"

  filter {
    prefix = "archive/"
  }

  tiering {
    access_tier = "ARCHIVE_ACCESS"
    days        = 90
  }

  tiering {
    access_tier = "DEEP_ARCHIVE_ACCESS"
    days        = 180
  }
}
