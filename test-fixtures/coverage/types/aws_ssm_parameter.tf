resource "aws_ssm_parameter" "this" {
  name        = "/coverage/ssm-parameter/api-endpoint"
  description = "Base URL of the coverage API"
  type        = "String"
  value       = "https://api.coverage-ssm-parameter.example.com/v2"
  tier        = "Standard"

  tags = {
    Team = "platform"
    Env  = "test"
  }
}
