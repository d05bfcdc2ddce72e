resource "aws_lambda_function_event_invoke_config" "this" {
  function_name                = "coverage-lambda-invoke-fn"
  qualifier                    = "$LATEST"
  maximum_retry_attempts       = 1
  maximum_event_age_in_seconds = 3600

  destination_config {
    on_failure {
      destination = "arn:aws:sqs:eu-west-1:123456789012:coverage-lambda-invoke-failures"
    }

    on_success {
      destination = "arn:aws:sns:eu-west-1:123456789012:coverage-lambda-invoke-done"
    }
  }
}
