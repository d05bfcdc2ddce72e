resource "aws_lambda_function_url" "this" {
  function_name      = "coverage-lambda-url-fn"
  authorization_type = "AWS_IAM"
  invoke_mode        = "RESPONSE_STREAM"

  cors {
    allow_credentials = true
    allow_origins     = ["https://app.example.com"]
    allow_methods     = ["GET", "POST"]
    allow_headers     = ["content-type", "x-request-id"]
    expose_headers    = ["x-request-id"]
    max_age           = 300
  }
}
