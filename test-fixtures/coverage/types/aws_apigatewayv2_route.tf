resource "aws_apigatewayv2_route" "this" {
  api_id               = "h3t4t5p6a7"
  route_key            = "POST /orders"
  target               = "integrations/int7x9"
  authorization_type   = "JWT"
  authorizer_id        = "jwt4u7"
  authorization_scopes = ["orders/write"]
  operation_name       = "PlaceOrder"
}
