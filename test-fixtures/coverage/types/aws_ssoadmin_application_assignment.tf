resource "aws_ssoadmin_application_assignment" "this" {
  application_arn = "arn:aws:sso::123456789012:application/ssoins-72a4c6e8b0d2f468/apl-3b5d7f9a1c3e5a7b"
  principal_id    = "a4d6f8b0c2-3e5f7a9b-1c2d-4e6f-8a0b-2c4e6f8a0b1d"
  principal_type  = "GROUP"
}
