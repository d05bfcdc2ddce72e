resource "aws_elasticache_parameter_group" "this" {
  name        = "coverage-elasticache-params"
  family      = "redis7"
  description = "Cache eviction settings"

  parameter {
    name  = "maxmemory-policy"
    value = "allkeys-lru"
  }

  tags = {
    Name = "coverage-elasticache-params"
  }
}
