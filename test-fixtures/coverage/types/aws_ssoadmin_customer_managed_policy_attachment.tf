resource "aws_ssoadmin_permission_set" "analysts" {
  name         = "CoverageCmpaAnalysts"
  instance_arn = "arn:aws:sso:::instance/ssoins-68047a9b3c2d1e0f"
}

resource "aws_ssoadmin_customer_managed_policy_attachment" "this" {
  instance_arn       = "arn:aws:sso:::instance/ssoins-68047a9b3c2d1e0f"
  permission_set_arn = aws_ssoadmin_permission_set.analysts.arn

  customer_managed_policy_reference {
    name = "coverage-cmpa-athena-read"
    path = "/coverage/"
  }
}
