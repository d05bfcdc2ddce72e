resource "aws_servicecatalog_product" "this" {
  name                = "coverage-sc-product"
  owner               = "Platform Team"
  type                = "CLOUD_FORMATION_TEMPLATE"
  description         = "An encrypted S3 bucket with access logging"
  distributor         = "Platform Team"
  support_email       = "platform@example.com"
  support_url         = "https://wiki.example.com/platform/s3-bucket"
  support_description = "Ask in #platform-help"

  provisioning_artifact_parameters {
    name                        = "v1"
    description                 = "First version"
    type                        = "CLOUD_FORMATION_TEMPLATE"
    template_url                = "https://coverage-sc-templates.s3.eu-west-1.amazonaws.com/s3-bucket/v1.yaml"
    disable_template_validation = false
  }

  tags = {
    Env = "test"
  }
}
