resource "aws_datasync_location_s3" "this" {
  s3_bucket_arn    = "arn:aws:s3:::coverage-datasync-location-s3"
  subdirectory     = "/exports/"
  s3_storage_class = "STANDARD_IA"

  s3_config {
    bucket_access_role_arn = "arn:aws:iam::123456789012:role/coverage-datasync-location-s3"
  }

  tags = {
    Name = "coverage-datasync-location-s3"
  }
}
