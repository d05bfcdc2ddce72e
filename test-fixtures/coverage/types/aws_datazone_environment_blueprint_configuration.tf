resource "aws_datazone_environment_blueprint_configuration" "this" {
  domain_id                = "dzd_6b2mt0vn5ecbqz"
  environment_blueprint_id = "d3b9sbclm1v2vz"
  enabled_regions          = ["eu-west-1", "eu-central-1"]
  manage_access_role_arn   = "arn:aws:iam::123456789012:role/coverage-datazone-manage-access"
  provisioning_role_arn    = "arn:aws:iam::123456789012:role/coverage-datazone-provisioning"

  regional_parameters = {
    "eu-west-1" = {
      S3Location = "s3://coverage-datazone-blueprint-eu-west-1"
    }
  }
}
