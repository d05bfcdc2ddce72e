resource "aws_transfer_server" "this" {
  identity_provider_type      = "SERVICE_MANAGED"
  endpoint_type               = "PUBLIC"
  protocols                   = ["SFTP"]
  security_policy_name        = "TransferSecurityPolicy-2024-01"
  logging_role                = "arn:aws:iam::123456789012:role/coverage-transfer-server-logging"
  structured_log_destinations = ["arn:aws:logs:eu-west-1:123456789012:log-group:/aws/transfer/coverage-transfer-server:*"]

  pre_authentication_login_banner = "Authorised use only."

  s3_storage_options {
    directory_listing_optimization = "ENABLED"
  }

  tags = {
    Name = "coverage-transfer-server"
    Env  = "test"
  }
}
