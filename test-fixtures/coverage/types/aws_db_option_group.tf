resource "aws_db_option_group" "this" {
  name                     = "coverage-db-option-group"
  option_group_description = "SQL Server backup to S3"
  engine_name              = "sqlserver-se"
  major_engine_version     = "15.00"

  option {
    option_name = "SQLSERVER_BACKUP_RESTORE"

    option_settings {
      name  = "IAM_ROLE_ARN"
      value = "arn:aws:iam::123456789012:role/coverage-db-option-backup"
    }
  }

  option {
    option_name = "TDE"
  }

  tags = {
    Name = "coverage-db-option-group"
  }
}
