resource "aws_elasticache_subnet_group" "this" {
  name        = "coverage-elasticache-subnets"
  description = "Private subnets for the caches"
  subnet_ids  = ["subnet-0a2b3c4d5e6f70801", "subnet-0a2b3c4d5e6f70802"]

  tags = {
    Name = "coverage-elasticache-subnets"
  }
}
