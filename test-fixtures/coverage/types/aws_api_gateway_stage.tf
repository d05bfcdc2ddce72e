resource "aws_api_gateway_stage" "this" {
  rest_api_id          = "f6a7b8c9d0"
  stage_name           = "prod"
  deployment_id        = "dep7y3"
  description          = "Production"
  xray_tracing_enabled = true

  variables = {
    backend = "orders-prod"
  }

  access_log_settings {
    destination_arn = "arn:aws:logs:eu-west-1:123456789012:log-group:/apigw/coverage-apigw-stage:*"
    format          = "$context.requestId $context.status"
  }

  tags = {
    Name = "coverage-apigw-stage-prod"
  }
}
