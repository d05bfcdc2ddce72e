resource "aws_api_gateway_deployment" "this" {
  rest_api_id = "e5f6a7b8c9"
  description = "release 2025-03-12"

  triggers = {
    redeployment = "5f3c1a9e0b7d2c4f6a8e1b3d5c7f9a0e2b4d6c8f"
  }
}
