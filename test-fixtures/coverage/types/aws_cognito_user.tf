resource "aws_cognito_user" "this" {
  user_pool_id = "eu-west-1_C0vUs3rAa"
  username     = "coverage-cognito-user"

  attributes = {
    email          = "coverage-cognito-user@example.com"
    email_verified = "true"
  }
}
