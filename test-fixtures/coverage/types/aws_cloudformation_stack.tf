resource "aws_cloudformation_stack" "this" {
  name               = "coverage-cloudformation-stack"
  timeout_in_minutes = 30
  notification_arns  = ["arn:aws:sns:eu-west-1:123456789012:coverage-cloudformation-events"]

  parameters = {
    TopicName = "coverage-cloudformation-alerts"
  }

  template_body = jsonencode({
    AWSTemplateFormatVersion = "2010-09-09"
    Parameters = {
      TopicName   = { Type = "String" }
      DisplayName = { Type = "String", Default = "Coverage alerts" }
    }
    Resources = {
      Alerts = {
        Type       = "AWS::SNS::Topic"
        Properties = { TopicName = { Ref = "TopicName" }, DisplayName = { Ref = "DisplayName" } }
      }
    }
    Outputs = {
      TopicArn = { Value = { Ref = "Alerts" } }
    }
  })

  tags = {
    Team = "platform"
  }
}
