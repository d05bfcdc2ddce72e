resource "aws_elasticache_serverless_cache" "this" {
  name                     = "coverage-ec-serverless"
  description              = "Session cache"
  engine                   = "valkey"
  major_engine_version     = "8"
  subnet_ids               = ["subnet-0e3f4a5b6c7d8e9f0", "subnet-0f4a5b6c7d8e9f0a1"]
  security_group_ids       = ["sg-0a2b3c4d5e6f7a8b9"]
  daily_snapshot_time      = "03:00"
  snapshot_retention_limit = 7

  cache_usage_limits {
    data_storage {
      maximum = 10
      unit    = "GB"
    }

    ecpu_per_second {
      maximum = 5000
    }
  }

  tags = {
    Env = "test"
  }
}
