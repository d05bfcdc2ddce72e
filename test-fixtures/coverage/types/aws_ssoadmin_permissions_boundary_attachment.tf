resource "aws_ssoadmin_permission_set" "developers" {
  name         = "CoveragePbaDevelopers"
  instance_arn = "arn:aws:sso:::instance/ssoins-68047a9b3c2d1e0f"
}

resource "aws_ssoadmin_permissions_boundary_attachment" "this" {
  instance_arn       = "arn:aws:sso:::instance/ssoins-68047a9b3c2d1e0f"
  permission_set_arn = aws_ssoadmin_permission_set.developers.arn

  permissions_boundary {
    customer_managed_policy_reference {
      name = "coverage-pba-boundary"
      path = "/boundaries/"
    }
  }
}
