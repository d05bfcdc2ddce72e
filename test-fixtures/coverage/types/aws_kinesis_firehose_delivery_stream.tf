resource "aws_kinesis_firehose_delivery_stream" "this" {
  name        = "coverage-firehose-stream-events"
  destination = "extended_s3"

  extended_s3_configuration {
    bucket_arn          = "arn:aws:s3:::coverage-firehose-stream-lake"
    role_arn            = "arn:aws:iam::123456789012:role/coverage-firehose-stream-delivery"
    prefix              = "events/!{timestamp:yyyy/MM/dd}/"
    error_output_prefix = "errors/!{firehose:error-output-type}/"
    buffering_size      = 64
    buffering_interval  = 60
    compression_format  = "GZIP"

    cloudwatch_logging_options {
      enabled         = true
      log_group_name  = "/aws/kinesisfirehose/coverage-firehose-stream-events"
      log_stream_name = "DestinationDelivery"
    }
  }

  server_side_encryption {
    enabled  = true
    key_type = "AWS_OWNED_CMK"
  }

  tags = {
    Name = "coverage-firehose-stream"
  }
}
