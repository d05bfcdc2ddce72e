resource "aws_cloudwatch_log_delivery_source" "this" {
  name         = "coverage-log-delivery-source-kb"
  log_type     = "APPLICATION_LOGS"
  resource_arn = "arn:aws:bedrock:eu-west-1:123456789012:knowledge-base/KBCOVER001"

  tags = {
    Name = "coverage-log-delivery-source"
    Team = "ml"
  }
}
