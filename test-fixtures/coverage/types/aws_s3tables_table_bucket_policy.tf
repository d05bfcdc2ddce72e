resource "aws_s3tables_table_bucket" "app" {
  name = "coverage-s3tables-policy"
}

resource "aws_s3tables_table_bucket_policy" "this" {
  table_bucket_arn = aws_s3tables_table_bucket.app.arn
  resource_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::123456789012:role/coverage-s3tables-reader" }
      Action    = ["s3tables:GetTable", "s3tables:GetTableData", "s3tables:GetTableMetadataLocation"]
      Resource  = "arn:aws:s3tables:eu-west-1:123456789012:bucket/coverage-s3tables-policy/table/*"
    }]
  })
}
