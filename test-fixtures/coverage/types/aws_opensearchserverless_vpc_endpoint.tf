resource "aws_opensearchserverless_vpc_endpoint" "this" {
  name               = "coverage-aoss-vpce"
  vpc_id             = "vpc-0e4f5a6b7c8d9e0f1"
  subnet_ids         = ["subnet-0c1d2e3f4a5b6c7d8", "subnet-0d2e3f4a5b6c7d8e9"]
  security_group_ids = ["sg-0e1f2a3b4c5d6e7f8"]
}
