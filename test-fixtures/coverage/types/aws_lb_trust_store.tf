resource "aws_lb_trust_store" "this" {
  name                             = "coverage-lb-trust-store"
  ca_certificates_bundle_s3_bucket = "coverage-trust-store-123456789012"
  ca_certificates_bundle_s3_key    = "ca/bundle.pem"

  tags = {
    Name = "coverage-lb-trust-store"
    Env  = "test"
  }
}
