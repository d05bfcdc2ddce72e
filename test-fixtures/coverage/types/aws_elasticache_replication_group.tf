resource "aws_elasticache_replication_group" "this" {
  replication_group_id       = "coverage-elasticache-rg"
  description                = "Session cache"
  engine                     = "redis"
  engine_version             = "7.1"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  port                       = 6379
  parameter_group_name       = "default.redis7"
  subnet_group_name          = "coverage-elasticache-rg-subnets"
  security_group_ids         = ["sg-0b2c3d4e5f6a70801"]
  automatic_failover_enabled = true
  multi_az_enabled           = true
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
  snapshot_retention_limit   = 5
  snapshot_window            = "03:00-04:00"
  maintenance_window         = "sun:05:00-sun:06:00"

  log_delivery_configuration {
    destination      = "/elasticache/coverage-elasticache-rg/slow"
    destination_type = "cloudwatch-logs"
    log_format       = "json"
    log_type         = "slow-log"
  }

  log_delivery_configuration {
    destination      = "coverage-elasticache-rg-engine-logs"
    destination_type = "kinesis-firehose"
    log_format       = "text"
    log_type         = "engine-log"
  }

  tags = {
    Name = "coverage-elasticache-rg"
    Env  = "test"
  }
}
