resource "aws_s3_bucket" "app" {
  bucket = "coverage-s3-logging-123456789012"
}

resource "aws_s3_bucket" "logs" {
  bucket = "coverage-s3-logging-target-123456789012"
}

resource "aws_s3_bucket_logging" "this" {
  bucket        = aws_s3_bucket.app.id
  target_bucket = aws_s3_bucket.logs.id
  target_prefix = "access/app/"

  target_object_key_format {
    partitioned_prefix {
      partition_date_source = "EventTime"
    }
  }
}
