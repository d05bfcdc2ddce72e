resource "aws_lambda_alias" "live" {
  name             = "live"
  function_name    = "coverage-provisioned-fn"
  function_version = "12"
}

resource "aws_lambda_provisioned_concurrency_config" "this" {
  function_name                     = "coverage-provisioned-fn"
  qualifier                         = aws_lambda_alias.live.name
  provisioned_concurrent_executions = 5
}
