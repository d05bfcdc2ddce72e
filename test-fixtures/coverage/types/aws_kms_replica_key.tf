resource "aws_kms_replica_key" "this" {
  primary_key_arn         = "arn:aws:kms:us-east-1:123456789012:key/mrk-3c8e1f0a7b2d4e6f9a0b1c2d3e4f5a6b"
  description             = "coverage-kms-replica-key: eu-west-1 replica of the app key"
  deletion_window_in_days = 7

  tags = {
    Env     = "test"
    Replica = "eu-west-1"
  }
}
