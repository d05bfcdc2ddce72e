resource "aws_s3_bucket" "app" {
  bucket = "coverage-s3-inventory-123456789012"
}

resource "aws_s3_bucket_inventory" "this" {
  bucket                   = aws_s3_bucket.app.id
  name                     = "weekly"
  included_object_versions = "Current"
  optional_fields          = ["Size", "LastModifiedDate", "StorageClass"]

  schedule {
    frequency = "Weekly"
  }

  destination {
    bucket {
      format     = "CSV"
      bucket_arn = "arn:aws:s3:::coverage-s3-inventory-reports-123456789012"
      prefix     = "inventory/"
    }
  }
}
