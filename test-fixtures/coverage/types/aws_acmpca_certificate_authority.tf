resource "aws_acmpca_certificate_authority" "this" {
  type       = "SUBORDINATE"
  usage_mode = "GENERAL_PURPOSE"

  certificate_authority_configuration {
    key_algorithm     = "RSA_4096"
    signing_algorithm = "SHA512WITHRSA"

    subject {
      common_name  = "coverage-pca.example.com"
      organization = "Coverage Ltd"
      country      = "IE"
    }
  }

  revocation_configuration {
    crl_configuration {
      enabled            = true
      expiration_in_days = 7
      s3_bucket_name     = "coverage-pca-crl"
      s3_object_acl      = "BUCKET_OWNER_FULL_CONTROL"
    }
  }

  permanent_deletion_time_in_days = 7

  tags = {
    Name = "coverage-pca"
    Env  = "test"
  }
}
