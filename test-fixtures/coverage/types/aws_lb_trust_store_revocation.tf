resource "aws_lb_trust_store_revocation" "this" {
  trust_store_arn       = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:truststore/coverage-ts-revocation/5d7f9b1a3c5e7f90"
  revocations_s3_bucket = "coverage-ts-revocation-crls"
  revocations_s3_key    = "crl/partners-2025-03.crl"
}
