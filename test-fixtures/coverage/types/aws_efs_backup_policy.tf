resource "aws_efs_file_system" "data" {
  creation_token = "coverage-efs-backup"
  encrypted      = true

  tags = {
    Name = "coverage-efs-backup"
  }
}

resource "aws_efs_backup_policy" "this" {
  file_system_id = aws_efs_file_system.data.id

  backup_policy {
    status = "ENABLED"
  }
}
