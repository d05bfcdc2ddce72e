resource "aws_db_proxy" "this" {
  name                   = "coverage-db-proxy"
  engine_family          = "POSTGRESQL"
  role_arn               = "arn:aws:iam::123456789012:role/coverage-db-proxy-secrets"
  vpc_subnet_ids         = ["subnet-0e1a2b3c4d5e6f701", "subnet-0e1a2b3c4d5e6f702"]
  vpc_security_group_ids = ["sg-0e1a2b3c4d5e6f7a1"]
  require_tls            = true
  idle_client_timeout    = 900
  debug_logging          = false

  auth {
    auth_scheme = "SECRETS"
    description = "app user"
    iam_auth    = "REQUIRED"
    secret_arn  = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:coverage-db-proxy-app-Xy12Ab"
  }

  tags = {
    Name = "coverage-db-proxy"
  }
}
