resource "aws_appsync_datasource" "this" {
  api_id           = "z9x8c7v6b5n4m3l2k1j0hgfdsa"
  name             = "coverage_appsync_orders"
  type             = "AMAZON_DYNAMODB"
  description      = "Orders table"
  service_role_arn = "arn:aws:iam::123456789012:role/coverage-appsync-datasource"

  dynamodb_config {
    table_name = "coverage-appsync-orders"
    region     = "eu-west-1"
    versioned  = true

    delta_sync_config {
      base_table_ttl        = 43200
      delta_sync_table_name = "coverage-appsync-orders-delta"
      delta_sync_table_ttl  = 1440
    }
  }
}
