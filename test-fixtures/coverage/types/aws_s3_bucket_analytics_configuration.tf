resource "aws_s3_bucket" "app" {
  bucket = "coverage-s3-analytics-123456789012"
}

resource "aws_s3_bucket_analytics_configuration" "this" {
  bucket = aws_s3_bucket.app.id
  name   = "documents"

  filter {
    prefix = "documents/"
  }

  storage_class_analysis {
    data_export {
      destination {
        s3_bucket_destination {
          bucket_arn = "arn:aws:s3:::coverage-s3-analytics-reports-123456789012"
          prefix     = "analytics/"
        }
      }
    }
  }
}
