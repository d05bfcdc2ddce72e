resource "aws_s3tables_table_bucket" "app" {
  name = "coverage-s3tables-namespace"
}

resource "aws_s3tables_namespace" "this" {
  table_bucket_arn = aws_s3tables_table_bucket.app.arn
  namespace        = "coverage_sales"
}
