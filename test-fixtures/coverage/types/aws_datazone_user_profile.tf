resource "aws_datazone_user_profile" "this" {
  domain_identifier = "dzd_4f7a9c2e1b3d5g"
  user_identifier   = "arn:aws:iam::123456789012:role/coverage-datazone-user-profile"
  user_type         = "IAM_ROLE"
  status            = "ASSIGNED"
}
