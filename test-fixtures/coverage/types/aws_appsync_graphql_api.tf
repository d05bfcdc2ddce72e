resource "aws_appsync_graphql_api" "this" {
  name                = "coverage-appsync-api"
  authentication_type = "AMAZON_COGNITO_USER_POOLS"
  xray_enabled        = true
  query_depth_limit   = 10

  user_pool_config {
    user_pool_id   = "eu-west-1_Ab12Cd34E"
    aws_region     = "eu-west-1"
    default_action = "ALLOW"
  }

  additional_authentication_provider {
    authentication_type = "AWS_IAM"
  }

  log_config {
    cloudwatch_logs_role_arn = "arn:aws:iam::123456789012:role/coverage-appsync-logs"
    field_log_level          = "ERROR"
  }

  tags = {
    Name = "coverage-appsync-api"
  }
}
