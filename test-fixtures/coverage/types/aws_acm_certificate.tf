resource "aws_acm_certificate" "this" {
  domain_name               = "coverage-acm.example.com"
  subject_alternative_names = ["www.coverage-acm.example.com", "api.coverage-acm.example.com"]
  validation_method         = "DNS"
  key_algorithm             = "EC_prime256v1"

  options {
    certificate_transparency_logging_preference = "ENABLED"
  }

  tags = {
    Name = "coverage-acm"
    Env  = "test"
  }
}
