resource "aws_rds_cluster_parameter_group" "this" {
  name        = "coverage-rds-cluster-parameter-group"
  family      = "aurora-postgresql16"
  description = "Aurora cluster settings"

  parameter {
    name  = "log_min_duration_statement"
    value = "1000"
  }

  tags = {
    Name = "coverage-rds-cluster-parameter-group"
  }
}
