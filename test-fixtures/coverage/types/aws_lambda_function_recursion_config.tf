resource "aws_lambda_function" "app" {
  function_name = "coverage-lambda-recursion-fn"
  role          = "arn:aws:iam::123456789012:role/coverage-lambda-recursion-exec"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "build/fanout.zip"
}

resource "aws_lambda_function_recursion_config" "this" {
  function_name  = aws_lambda_function.app.function_name
  recursive_loop = "Allow"
}
