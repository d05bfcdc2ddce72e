resource "aws_kms_alias" "this" {
  name          = "alias/coverage-kms-alias"
  target_key_id = "arn:aws:kms:eu-west-1:123456789012:key/7d3e9a4c-6f5b-4ca0-9e83-2b4a9f6d0c33"
}
