resource "aws_redshift_parameter_group" "this" {
  name   = "coverage-redshift-params"
  family = "redshift-1.0"

  parameter {
    name  = "require_ssl"
    value = "true"
  }

  parameter {
    name  = "enable_user_activity_logging"
    value = "true"
  }
}
