resource "aws_apigatewayv2_stage" "this" {
  api_id      = "h2t3t4p5a6"
  name        = "prod"
  auto_deploy = true
  description = "Production"

  stage_variables = {
    backend = "orders-prod"
  }

  default_route_settings {
    throttling_burst_limit   = 200
    throttling_rate_limit    = 100
    detailed_metrics_enabled = true
  }

  access_log_settings {
    destination_arn = "arn:aws:logs:eu-west-1:123456789012:log-group:/apigw/coverage-apigwv2-stage"
    format          = "{\"requestId\":\"$context.requestId\",\"status\":\"$context.status\"}"
  }

  tags = {
    Name = "coverage-apigwv2-stage"
  }
}
