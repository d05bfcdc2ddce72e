resource "aws_secretsmanager_secret_rotation" "this" {
  secret_id           = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:coverage/secret-rotation/db-Rt4Lm2"
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:123456789012:function:coverage-secret-rotation-postgres"

  rotation_rules {
    automatically_after_days = 30
    duration                 = "3h"
  }
}
