resource "aws_lambda_alias" "this" {
  name             = "live"
  description      = "production traffic"
  function_name    = "coverage-lambda-alias-fn"
  function_version = "7"
}
