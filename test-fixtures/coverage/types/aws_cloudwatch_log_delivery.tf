resource "aws_cloudwatch_log_delivery" "this" {
  delivery_source_name     = "coverage-log-delivery-src"
  delivery_destination_arn = "arn:aws:logs:eu-west-1:123456789012:delivery-destination:coverage-log-delivery-dst"
  record_fields            = ["event_timestamp", "event_type", "resource_arn", "event"]

  s3_delivery_configuration {
    suffix_path                 = "{yyyy}/{MM}/{dd}/{HH}"
    enable_hive_compatible_path = false
  }

  tags = {
    Name = "coverage-log-delivery"
  }
}
