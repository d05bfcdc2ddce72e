resource "aws_api_gateway_method" "get" {
  rest_api_id   = "d4e5f6a7b8"
  resource_id   = "p4q5r6"
  http_method   = "GET"
  authorization = "AWS_IAM"
}

resource "aws_api_gateway_integration" "this" {
  rest_api_id             = aws_api_gateway_method.get.rest_api_id
  resource_id             = aws_api_gateway_method.get.resource_id
  http_method             = aws_api_gateway_method.get.http_method
  type                    = "HTTP"
  integration_http_method = "GET"
  uri                     = "https://backend.example.com/orders/{id}"
  connection_type         = "VPC_LINK"
  connection_id           = "vl1nk2"
  timeout_milliseconds    = 10000
  passthrough_behavior    = "WHEN_NO_TEMPLATES"
  cache_key_parameters    = ["method.request.path.id"]

  request_parameters = {
    "integration.request.path.id" = "method.request.path.id"
  }

  request_templates = {
    "application/json" = "{\"id\": \"$input.params('id')\"}"
  }
}
