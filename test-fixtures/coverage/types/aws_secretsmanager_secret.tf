resource "aws_secretsmanager_secret" "this" {
  name                    = "coverage/secretsmanager-secret/db"
  description             = "Database credentials of the coverage app"
  kms_key_id              = "arn:aws:kms:eu-west-1:123456789012:key/6c2d8f3b-5e4a-4b9f-8d72-1a3f8e5c9b22"
  recovery_window_in_days = 7

  replica {
    region = "eu-central-1"
  }

  tags = {
    Team = "data"
    Env  = "test"
  }
}
