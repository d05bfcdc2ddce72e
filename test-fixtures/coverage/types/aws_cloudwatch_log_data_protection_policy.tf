resource "aws_cloudwatch_log_group" "app" {
  name              = "/coverage/aws_cloudwatch_log_data_protection_policy/app"
  retention_in_days = 14
}

resource "aws_cloudwatch_log_data_protection_policy" "this" {
  log_group_name = aws_cloudwatch_log_group.app.name
  policy_document = jsonencode({
    Name    = "coverage-data-protection"
    Version = "2021-06-01"
    Statement = [
      {
        Sid            = "Audit"
        DataIdentifier = ["arn:aws:dataprotection::aws:data-identifier/EmailAddress"]
        Operation      = { Audit = { FindingsDestination = {} } }
      },
      {
        Sid            = "Redact"
        DataIdentifier = ["arn:aws:dataprotection::aws:data-identifier/EmailAddress"]
        Operation      = { Deidentify = { MaskConfig = {} } }
      },
    ]
  })
}
