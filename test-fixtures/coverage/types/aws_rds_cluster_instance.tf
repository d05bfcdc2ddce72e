resource "aws_rds_cluster_instance" "this" {
  identifier                   = "coverage-rds-cluster-instance-1"
  cluster_identifier           = "coverage-rds-cluster-instance"
  engine                       = "aurora-postgresql"
  engine_version               = "16.4"
  instance_class               = "db.r6g.large"
  db_subnet_group_name         = "coverage-rds-cluster-instance-subnets"
  db_parameter_group_name      = "coverage-rds-cluster-instance-pg"
  publicly_accessible          = false
  performance_insights_enabled = true
  monitoring_interval          = 60
  monitoring_role_arn          = "arn:aws:iam::123456789012:role/coverage-rds-enhanced-monitoring"
  promotion_tier               = 1
  auto_minor_version_upgrade   = false

  tags = {
    Name = "coverage-rds-cluster-instance-1"
  }
}
