resource "aws_efs_file_system" "this" {
  creation_token   = "coverage-efs"
  encrypted        = true
  kms_key_id       = "arn:aws:kms:eu-west-1:123456789012:key/5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b"
  performance_mode = "generalPurpose"
  throughput_mode  = "elastic"

  lifecycle_policy {
    transition_to_ia = "AFTER_30_DAYS"
  }

  lifecycle_policy {
    transition_to_primary_storage_class = "AFTER_1_ACCESS"
  }

  tags = {
    Name = "coverage-efs"
    Env  = "test"
  }
}
