resource "aws_lambda_event_source_mapping" "this" {
  function_name                      = "coverage-lambda-esm-consumer"
  event_source_arn                   = "arn:aws:sqs:eu-west-1:123456789012:coverage-lambda-esm-queue"
  batch_size                         = 20
  maximum_batching_window_in_seconds = 5
  enabled                            = true
  function_response_types            = ["ReportBatchItemFailures"]

  scaling_config {
    maximum_concurrency = 10
  }

  filter_criteria {
    filter {
      pattern = jsonencode({ body = { type = ["order"] } })
    }
  }
}
