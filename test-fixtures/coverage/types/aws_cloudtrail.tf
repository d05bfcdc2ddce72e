resource "aws_cloudtrail" "this" {
  name                          = "coverage-cloudtrail"
  s3_bucket_name                = "coverage-cloudtrail-logs-123456789012"
  s3_key_prefix                 = "trail"
  include_global_service_events = true
  is_multi_region_trail         = true
  enable_log_file_validation    = true
  enable_logging                = true
  kms_key_id                    = "arn:aws:kms:eu-west-1:123456789012:key/5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9"

  event_selector {
    read_write_type           = "All"
    include_management_events = true

    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3:::coverage-cloudtrail-data-a/", "arn:aws:s3:::coverage-cloudtrail-data-b/"]
    }
  }

  tags = {
    Team = "security"
    Env  = "test"
  }
}
