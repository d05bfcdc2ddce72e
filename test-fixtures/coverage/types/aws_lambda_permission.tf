resource "aws_lambda_permission" "this" {
  statement_id   = "AllowS3InvokeCoverage"
  action         = "lambda:InvokeFunction"
  function_name  = "coverage-lambda-permission-fn"
  principal      = "s3.amazonaws.com"
  source_arn     = "arn:aws:s3:::coverage-lambda-permission-uploads"
  source_account = "123456789012"
}
