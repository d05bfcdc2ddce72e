resource "aws_apigatewayv2_api" "this" {
  name          = "coverage-apigwv2-api"
  protocol_type = "HTTP"
  description   = "Orders HTTP API"

  cors_configuration {
    allow_origins = ["https://app.example.com", "https://admin.example.com"]
    allow_methods = ["GET", "POST", "OPTIONS"]
    allow_headers = ["authorization", "content-type"]
    max_age       = 600
  }

  tags = {
    Name = "coverage-apigwv2-api"
  }
}
