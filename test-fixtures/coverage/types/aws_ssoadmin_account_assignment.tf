resource "aws_ssoadmin_account_assignment" "this" {
  instance_arn       = "arn:aws:sso:::instance/ssoins-68047a9b3c2d1e0f"
  permission_set_arn = "arn:aws:sso:::permissionSet/ssoins-68047a9b3c2d1e0f/ps-3d4e5f6071829304"
  principal_id       = "926743a1b2-0c7e5d34-8b1a-4f2e-9c6d-3e5f7a9b1c2d"
  principal_type     = "GROUP"
  target_id          = "210987654321"
  target_type        = "AWS_ACCOUNT"
}
