resource "aws_sns_topic" "this" {
  name              = "coverage-sns-topic-alerts"
  display_name      = "Coverage alerts"
  kms_master_key_id = "alias/aws/sns"
  signature_version = 2
  tracing_config    = "Active"

  tags = {
    Name = "coverage-sns-topic"
    Team = "platform"
  }
}
