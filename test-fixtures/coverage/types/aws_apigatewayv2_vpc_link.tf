resource "aws_apigatewayv2_vpc_link" "this" {
  name               = "coverage-apigw-vpclink"
  subnet_ids         = ["subnet-0a1c3e5f7b9d2c4e6", "subnet-0b2d4f6a8c0e3d5f7"]
  security_group_ids = ["sg-0c3e5a7b9d1f4e6a8"]

  tags = {
    Env = "test"
  }
}
