resource "aws_lambda_alias" "this" {
  name             = "live"
  description      = "production traffic"
  function_name    = "coverage-lambda-alias-fn"
  function_version = "7"

  # A canary: 10% of the traffic to version 8.
  routing_config {
    additional_version_weights = {
      "8" = 0.1
    }
  }
}
