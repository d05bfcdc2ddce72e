resource "aws_s3tables_table_bucket" "app" {
  name = "coverage-s3tables-table"
}

resource "aws_s3tables_namespace" "app" {
  table_bucket_arn = aws_s3tables_table_bucket.app.arn
  namespace        = "coverage_events"
}

resource "aws_s3tables_table" "this" {
  table_bucket_arn = aws_s3tables_table_bucket.app.arn
  namespace        = aws_s3tables_namespace.app.namespace
  name             = "page_views"
  format           = "ICEBERG"

  tags = {
    Owner = "web-analytics"
  }
}
