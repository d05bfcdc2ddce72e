resource "aws_iam_instance_profile" "this" {
  name = "coverage-instance-profile-web"
  path = "/app/"
  role = "coverage-instance-profile-web-role"
}
