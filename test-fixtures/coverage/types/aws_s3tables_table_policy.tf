resource "aws_s3tables_table_bucket" "app" {
  name = "coverage-s3tables-table-policy"
}

resource "aws_s3tables_namespace" "app" {
  table_bucket_arn = aws_s3tables_table_bucket.app.arn
  namespace        = "coverage_sales"
}

resource "aws_s3tables_table" "orders" {
  table_bucket_arn = aws_s3tables_table_bucket.app.arn
  namespace        = aws_s3tables_namespace.app.namespace
  name             = "orders"
  format           = "ICEBERG"
}

resource "aws_s3tables_table_policy" "this" {
  table_bucket_arn = aws_s3tables_table.orders.table_bucket_arn
  namespace        = aws_s3tables_table.orders.namespace
  name             = aws_s3tables_table.orders.name
  resource_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::123456789012:role/coverage-s3tables-table-policy-bi" }
      Action    = ["s3tables:GetTable", "s3tables:GetTableData", "s3tables:GetTableMetadataLocation"]
      Resource  = "arn:aws:s3tables:eu-west-1:123456789012:bucket/coverage-s3tables-table-policy/table/6a8c0e2b-4d6f-4a1b-9c3d-5e7f9a1b3c5d"
    }]
  })
}
