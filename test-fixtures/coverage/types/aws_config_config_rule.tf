resource "aws_config_config_rule" "this" {
  name        = "coverage-config-rule"
  description = "Buckets must carry an owner tag"

  source {
    owner             = "CUSTOM_LAMBDA"
    source_identifier = "arn:aws:lambda:eu-west-1:123456789012:function:coverage-config-rule-check"

    source_detail {
      message_type = "ConfigurationItemChangeNotification"
    }
    source_detail {
      message_type = "OversizedConfigurationItemChangeNotification"
    }
  }

  scope {
    compliance_resource_types = ["AWS::S3::Bucket"]
  }

  input_parameters = jsonencode({
    requiredTag = "Owner"
    allowEmpty  = "false"
  })
}
