resource "aws_db_parameter_group" "this" {
  name        = "coverage-db-parameter-group"
  family      = "postgres16"
  description = "App database settings"

  parameter {
    name  = "log_min_duration_statement"
    value = "500"
  }

  parameter {
    name         = "rds.force_ssl"
    value        = "1"
    apply_method = "pending-reboot"
  }

  tags = {
    Name = "coverage-db-parameter-group"
    Env  = "test"
  }
}
