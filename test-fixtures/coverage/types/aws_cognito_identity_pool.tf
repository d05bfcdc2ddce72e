resource "aws_cognito_identity_pool" "this" {
  identity_pool_name               = "coverage_identity_pool"
  allow_unauthenticated_identities = false
  allow_classic_flow               = false

  cognito_identity_providers {
    client_id               = "6a3b8c0d2e4f6g8h0i2j4k6l8m"
    provider_name           = "cognito-idp.eu-west-1.amazonaws.com/eu-west-1_C0vId3nt1"
    server_side_token_check = false
  }

  cognito_identity_providers {
    client_id               = "7b4c9d1e3f5g7h9i1j3k5l7m9n"
    provider_name           = "cognito-idp.eu-west-1.amazonaws.com/eu-west-1_C0vId3nt1"
    server_side_token_check = true
  }

  supported_login_providers = {
    "accounts.google.com" = "123456789012-coverage.apps.googleusercontent.com"
  }

  tags = {
    Team = "identity"
    Env  = "test"
  }
}
