resource "aws_api_gateway_rest_api" "this" {
  name                     = "coverage-apigw-rest-api"
  description              = "Orders API"
  binary_media_types       = ["application/pdf", "image/png"]
  minimum_compression_size = "1024"
  api_key_source           = "HEADER"

  endpoint_configuration {
    types = ["REGIONAL"]
  }

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "execute-api:Invoke"
      Resource  = "arn:aws:execute-api:eu-west-1:123456789012:a1b2c3d4e5/*"
      Condition = { IpAddress = { "aws:SourceIp" = ["203.0.113.0/24"] } }
    }]
  })

  tags = {
    Name = "coverage-apigw-rest-api"
  }
}
