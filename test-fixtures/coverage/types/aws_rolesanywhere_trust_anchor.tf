resource "aws_rolesanywhere_trust_anchor" "this" {
  name    = "coverage-rolesanywhere-trust-anchor-pca"
  enabled = true

  source {
    source_type = "AWS_ACM_PCA"
    source_data {
      acm_pca_arn = "arn:aws:acm-pca:eu-west-1:123456789012:certificate-authority/2f4a6c8e-0b1d-4c3e-9f5a-7b9d1e3f5a70"
    }
  }

  notification_settings {
    event     = "CA_CERTIFICATE_EXPIRY"
    enabled   = true
    threshold = 30
    channel   = "ALL"
  }

  tags = { Site = "dc1" }
}
