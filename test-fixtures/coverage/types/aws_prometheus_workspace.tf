resource "aws_prometheus_workspace" "this" {
  alias       = "coverage-prometheus-workspace"
  kms_key_arn = "arn:aws:kms:eu-west-1:123456789012:key/5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f70713"

  logging_configuration {
    log_group_arn = "arn:aws:logs:eu-west-1:123456789012:log-group:/aws/prometheus/coverage-prometheus-workspace:*"
  }

  tags = {
    Env  = "test"
    Team = "observability"
  }
}
