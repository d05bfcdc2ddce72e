resource "aws_s3_bucket" "app" {
  bucket = "coverage-s3-notification-123456789012"
}

resource "aws_s3_bucket_notification" "this" {
  bucket      = aws_s3_bucket.app.id
  eventbridge = true
}
