resource "aws_rds_cluster" "this" {
  cluster_identifier              = "coverage-rds-cluster"
  engine                          = "aurora-postgresql"
  engine_version                  = "16.4"
  database_name                   = "app"
  master_username                 = "app_admin"
  manage_master_user_password     = true
  db_subnet_group_name            = "coverage-rds-cluster-subnets"
  db_cluster_parameter_group_name = "coverage-rds-cluster-params"
  vpc_security_group_ids          = ["sg-0f1a2b3c4d5e6f7b1", "sg-0f1a2b3c4d5e6f7b2"]
  storage_encrypted               = true
  kms_key_id                      = "arn:aws:kms:eu-west-1:123456789012:key/0c9b8a7d-6e5f-4a3b-9c2d-1e0f9a8b7c61"
  backup_retention_period         = 7
  preferred_backup_window         = "01:00-02:00"
  preferred_maintenance_window    = "Mon:03:00-Mon:04:00"
  deletion_protection             = true
  copy_tags_to_snapshot           = true
  enabled_cloudwatch_logs_exports = ["postgresql"]
  iam_roles                       = ["arn:aws:iam::123456789012:role/coverage-rds-cluster-s3-import"]
  skip_final_snapshot             = true

  serverlessv2_scaling_configuration {
    min_capacity = 0.5
    max_capacity = 8
  }

  tags = {
    Name = "coverage-rds-cluster"
    Env  = "test"
  }
}
