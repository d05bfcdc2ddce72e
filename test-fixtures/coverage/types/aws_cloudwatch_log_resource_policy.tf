resource "aws_cloudwatch_log_resource_policy" "this" {
  policy_name = "coverage-log-resource-policy-opensearch"
  policy_document = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "OpenSearchLogs"
      Effect    = "Allow"
      Principal = { Service = "es.amazonaws.com" }
      Action    = ["logs:CreateLogStream", "logs:PutLogEvents"]
      Resource  = "arn:aws:logs:eu-west-1:123456789012:log-group:/aws/opensearch/*"
    }]
  })
}
