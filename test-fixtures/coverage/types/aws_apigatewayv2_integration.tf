resource "aws_apigatewayv2_integration" "this" {
  api_id                 = "h4t5t6p7a8"
  integration_type       = "AWS_PROXY"
  integration_uri        = "arn:aws:lambda:eu-west-1:123456789012:function:coverage-apigwv2-orders"
  integration_method     = "POST"
  payload_format_version = "2.0"
  timeout_milliseconds   = 10000
  description            = "Orders Lambda"
}
