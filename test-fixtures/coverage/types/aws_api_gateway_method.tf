resource "aws_api_gateway_method" "this" {
  rest_api_id          = "c3d4e5f6a7"
  resource_id          = "m1n2o3"
  http_method          = "POST"
  authorization        = "COGNITO_USER_POOLS"
  authorizer_id        = "au7h0r"
  authorization_scopes = ["orders/write", "orders/read"]
  api_key_required     = true

  request_parameters = {
    "method.request.header.X-Request-Id" = true
    "method.request.querystring.dryRun"  = false
  }

  request_models = {
    "application/json" = "OrderInput"
  }
}
