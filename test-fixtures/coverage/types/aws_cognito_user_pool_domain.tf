resource "aws_cognito_user_pool_domain" "this" {
  domain          = "auth.coverage-cognito-domain.example.com"
  user_pool_id    = "eu-west-1_C0vD0ma1n"
  certificate_arn = "arn:aws:acm:us-east-1:123456789012:certificate/7c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e"
}
