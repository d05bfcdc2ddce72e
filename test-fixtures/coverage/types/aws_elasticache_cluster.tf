resource "aws_elasticache_cluster" "this" {
  cluster_id                 = "coverage-elasticache-memcached"
  engine                     = "memcached"
  engine_version             = "1.6.22"
  node_type                  = "cache.t4g.small"
  num_cache_nodes            = 2
  az_mode                    = "cross-az"
  port                       = 11211
  parameter_group_name       = "default.memcached1.6"
  subnet_group_name          = "coverage-elasticache-memcached-subnets"
  security_group_ids         = ["sg-0c2d3e4f5a6b70801", "sg-0c2d3e4f5a6b70802"]
  maintenance_window         = "Tue:03:00-Tue:04:00"
  transit_encryption_enabled = true

  tags = {
    Name = "coverage-elasticache-memcached"
  }
}
