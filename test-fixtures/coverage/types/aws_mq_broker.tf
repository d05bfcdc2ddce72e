resource "aws_mq_broker" "this" {
  broker_name                = "coverage-mq-broker"
  engine_type                = "ActiveMQ"
  engine_version             = "5.18"
  host_instance_type         = "mq.m5.large"
  deployment_mode            = "ACTIVE_STANDBY_MULTI_AZ"
  storage_type               = "efs"
  publicly_accessible        = false
  auto_minor_version_upgrade = true
  subnet_ids                 = ["subnet-0d5e6f7a8b9c0a101", "subnet-0d5e6f7a8b9c0a102"]
  security_groups            = ["sg-0d5e6f7a8b9c0a111"]

  logs {
    general = true
    audit   = true
  }

  maintenance_window_start_time {
    day_of_week = "SUNDAY"
    time_of_day = "03:00"
    time_zone   = "UTC"
  }

  user {
    username = "app"
    password = "not-a-real-password-1"
  }

  tags = {
    Name = "coverage-mq-broker"
  }
}
