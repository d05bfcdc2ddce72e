resource "aws_opensearchserverless_security_policy" "this" {
  name        = "coverage-aoss-encryption"
  type        = "encryption"
  description = "Encrypt the logs collections with our key"
  policy = jsonencode({
    Rules = [{
      ResourceType = "collection"
      Resource     = ["collection/coverage-aoss-logs*"]
    }]
    AWSOwnedKey = false
    KmsARN      = "arn:aws:kms:eu-west-1:123456789012:key/3f4a5b6c-7d8e-4f9a-8b0c-1d2e3f4a5b71"
  })
}
