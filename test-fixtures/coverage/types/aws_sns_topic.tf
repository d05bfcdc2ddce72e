resource "aws_sns_topic" "this" {
  name              = "coverage-sns-topic-alerts"
  display_name      = "Coverage alerts"
  kms_master_key_id = "alias/aws/sns"
  signature_version = 2
  tracing_config    = "Active"

  lambda_success_feedback_role_arn    = "arn:aws:iam::123456789012:role/coverage-sns-topic-delivery-status"
  lambda_failure_feedback_role_arn    = "arn:aws:iam::123456789012:role/coverage-sns-topic-delivery-status"
  lambda_success_feedback_sample_rate = 100

  tags = {
    Name = "coverage-sns-topic"
    Team = "platform"
  }
}
