# Customer uploads (invoices, receipts).
resource "aws_s3_bucket" "uploads" {
  bucket = "acme-orders-uploads"
  tags = {
    Env  = var.env
    Team = "orders"
  }
}

resource "aws_s3_bucket_versioning" "uploads" {
  bucket = aws_s3_bucket.uploads.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_public_access_block" "uploads" {
  bucket                  = aws_s3_bucket.uploads.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_dynamodb_table" "orders" {
  name         = "acme-orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "OrderId"

  attribute {
    name = "OrderId"
    type = "S"
  }

  point_in_time_recovery {
    enabled = true
  }

  tags = {
    Env  = var.env
    Team = "orders"
  }
}

resource "aws_ssm_parameter" "table_name" {
  name  = "/acme/orders/table-name"
  type  = "String"
  value = aws_dynamodb_table.orders.name
}

# Added to the code, never applied: the parameter was created by hand, so it exists live but not in the state.
resource "aws_ssm_parameter" "feature_flags" {
  name  = "/acme/orders/feature-flags"
  type  = "String"
  value = "{\"express_checkout\":false}"
}
