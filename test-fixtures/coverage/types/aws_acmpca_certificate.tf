resource "aws_acmpca_certificate" "this" {
  certificate_authority_arn   = "arn:aws:acm-pca:eu-west-1:123456789012:certificate-authority/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c02"
  signing_algorithm           = "SHA256WITHRSA"
  template_arn                = "arn:aws:acm-pca:::template/EndEntityCertificate/V1"
  certificate_signing_request = <<-EOT
    -----BEGIN CERTIFICATE REQUEST-----
    MIICljCCAX4CAQAwUTELMAkGA1UEBhMCSUUxFTATBgNVBAoMDENvdmVyYWdlIEx0
    ZDErMCkGA1UEAwwiY292ZXJhZ2UtcGNhLWNlcnQuaW50ZXJuYWwuZXhhbXBsZTCC
    -----END CERTIFICATE REQUEST-----
  EOT

  validity {
    type  = "DAYS"
    value = "90"
  }
}
