resource "aws_acmpca_certificate_authority_certificate" "this" {
  certificate_authority_arn = "arn:aws:acm-pca:eu-west-1:123456789012:certificate-authority/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c03"

  certificate = <<-EOT
    -----BEGIN CERTIFICATE-----
    MIIFSjCCAzKgAwIBAgIRAOcoverageRootActivation0000DANBgkqhkiG9w0BAQ
    -----END CERTIFICATE-----
  EOT

  certificate_chain = <<-EOT
    -----BEGIN CERTIFICATE-----
    MIIFUzCCAzugAwIBAgIRAOcoverageOfflineRoot000000DANBgkqhkiG9w0BAQs
    -----END CERTIFICATE-----
  EOT
}
