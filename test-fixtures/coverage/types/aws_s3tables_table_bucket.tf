resource "aws_s3tables_table_bucket" "this" {
  name = "coverage-s3tables-bucket"

  encryption_configuration = {
    sse_algorithm = "aws:kms"
    kms_key_arn   = "arn:aws:kms:eu-west-1:123456789012:key/7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f"
  }

  tags = {
    Team = "analytics"
    Env  = "test"
  }
}
