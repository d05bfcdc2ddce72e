resource "aws_ssoadmin_permission_set" "this" {
  name             = "CoveragePermissionSet"
  description      = "Read-only access for the coverage team"
  instance_arn     = "arn:aws:sso:::instance/ssoins-68047a9b3c2d1e0f"
  session_duration = "PT4H"
  relay_state      = "https://eu-west-1.console.aws.amazon.com/cloudwatch/home"

  tags = {
    Team = "platform"
    Env  = "test"
  }
}
