resource "aws_dynamodb_table" "this" {
  name                        = "coverage-dynamodb-orders"
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = "pk"
  range_key                   = "sk"
  stream_enabled              = true
  stream_view_type            = "NEW_AND_OLD_IMAGES"
  deletion_protection_enabled = true

  attribute {
    name = "pk"
    type = "S"
  }
  attribute {
    name = "sk"
    type = "S"
  }
  attribute {
    name = "customer_id"
    type = "S"
  }

  global_secondary_index {
    name               = "by-customer"
    hash_key           = "customer_id"
    range_key          = "sk"
    projection_type    = "INCLUDE"
    non_key_attributes = ["status", "total"]
  }

  point_in_time_recovery {
    enabled = true
  }

  server_side_encryption {
    enabled     = true
    kms_key_arn = "arn:aws:kms:eu-west-1:123456789012:key/4d2a7c1e-9b3f-4e8a-a6d5-0c1b2e3f4a51"
  }

  ttl {
    attribute_name = "expires_at"
    enabled        = true
  }

  tags = {
    Name = "coverage-dynamodb-orders"
    Env  = "test"
  }
}
