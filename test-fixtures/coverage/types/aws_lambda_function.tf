resource "aws_lambda_function" "this" {
  function_name = "coverage-lambda-function"
  description   = "Coverage fixture: order webhook"
  role          = "arn:aws:iam::123456789012:role/coverage-lambda-function-exec"
  handler       = "app.handler"
  runtime       = "python3.12"
  filename      = "build/app.zip"
  memory_size   = 256
  timeout       = 15
  architectures = ["arm64"]

  environment {
    variables = {
      LOG_LEVEL = "info"
      TABLE     = "coverage-orders"
    }
  }

  tracing_config {
    mode = "Active"
  }

  vpc_config {
    subnet_ids         = ["subnet-0a61c3e5f7b9d1a20", "subnet-0b72d4f6a8c0e2b31"]
    security_group_ids = ["sg-0c83e5a7b9d1f3c42"]
  }

  logging_config {
    log_format            = "JSON"
    application_log_level = "INFO"
    system_log_level      = "WARN"
  }

  tags = {
    Team = "payments"
    Env  = "test"
  }
}
