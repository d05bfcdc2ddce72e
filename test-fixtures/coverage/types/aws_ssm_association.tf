resource "aws_ssm_association" "this" {
  name                = "AWS-RunPatchBaseline"
  association_name    = "coverage-ssm-association"
  schedule_expression = "cron(0 3 ? * SUN *)"
  compliance_severity = "HIGH"
  max_concurrency     = "10%"
  max_errors          = "1"

  parameters = {
    Operation = "Install"
  }

  targets {
    key    = "tag:PatchGroup"
    values = ["coverage-web", "coverage-api"]
  }

  output_location {
    s3_bucket_name = "coverage-ssm-association-logs"
    s3_key_prefix  = "patching"
  }
}
