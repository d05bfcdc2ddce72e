resource "aws_dms_endpoint" "this" {
  endpoint_id   = "coverage-dms-source"
  endpoint_type = "source"
  engine_name   = "postgres"
  server_name   = "orders-db.c9akciq32xyz.eu-west-1.rds.amazonaws.com"
  port          = 5432
  database_name = "orders"
  username      = "dms_reader"
  password      = "not-a-real-password"
  ssl_mode      = "require"

  postgres_settings {
    heartbeat_enable    = true
    heartbeat_frequency = 5
    capture_ddls        = false
  }

  tags = {
    Name = "coverage-dms-source"
  }
}
