resource "aws_cloudwatch_log_delivery_destination" "this" {
  name          = "coverage-log-delivery-destination-s3"
  output_format = "json"

  delivery_destination_configuration {
    destination_resource_arn = "arn:aws:s3:::coverage-log-delivery-destination-archive"
  }

  tags = {
    Name = "coverage-log-delivery-destination"
  }
}
