resource "aws_db_instance" "this" {
  identifier                          = "coverage-db-instance-app"
  engine                              = "postgres"
  engine_version                      = "16.4"
  instance_class                      = "db.t4g.medium"
  allocated_storage                   = 50
  max_allocated_storage               = 200
  storage_type                        = "gp3"
  storage_encrypted                   = true
  kms_key_id                          = "arn:aws:kms:eu-west-1:123456789012:key/7b1e2c3d-4f5a-4b6c-8d7e-9f0a1b2c3d41"
  db_name                             = "app"
  username                            = "app_admin"
  manage_master_user_password         = true
  db_subnet_group_name                = "coverage-db-instance-subnets"
  parameter_group_name                = "coverage-db-instance-pg16"
  vpc_security_group_ids              = ["sg-0a1b2c3d4e5f60a11", "sg-0a1b2c3d4e5f60a12"]
  multi_az                            = true
  backup_retention_period             = 14
  backup_window                       = "02:00-03:00"
  maintenance_window                  = "Sun:04:00-Sun:05:00"
  iam_database_authentication_enabled = true
  performance_insights_enabled        = true
  enabled_cloudwatch_logs_exports     = ["postgresql", "upgrade"]
  deletion_protection                 = true
  copy_tags_to_snapshot               = true
  skip_final_snapshot                 = false
  final_snapshot_identifier           = "coverage-db-instance-app-final"

  tags = {
    Name = "coverage-db-instance-app"
    Env  = "test"
  }
}
