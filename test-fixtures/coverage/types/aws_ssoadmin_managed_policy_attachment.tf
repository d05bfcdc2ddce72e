resource "aws_ssoadmin_permission_set" "ops" {
  name         = "CoverageMpaOps"
  instance_arn = "arn:aws:sso:::instance/ssoins-68047a9b3c2d1e0f"
}

resource "aws_ssoadmin_managed_policy_attachment" "this" {
  instance_arn       = "arn:aws:sso:::instance/ssoins-68047a9b3c2d1e0f"
  permission_set_arn = aws_ssoadmin_permission_set.ops.arn
  managed_policy_arn = "arn:aws:iam::aws:policy/job-function/ViewOnlyAccess"
}
