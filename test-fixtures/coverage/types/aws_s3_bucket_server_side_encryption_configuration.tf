resource "aws_s3_bucket" "app" {
  bucket = "coverage-s3-sse-123456789012"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "this" {
  bucket = aws_s3_bucket.app.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = "arn:aws:kms:eu-west-1:123456789012:key/5e6f7a8b-1c2d-4e3f-9a0b-c1d2e3f4a5b6"
    }
    bucket_key_enabled = true
  }
}
