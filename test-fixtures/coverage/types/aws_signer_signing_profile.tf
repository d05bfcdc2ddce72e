resource "aws_signer_signing_profile" "this" {
  name        = "coverage_signer_profile_lambda"
  platform_id = "AWSLambda-SHA384-ECDSA"

  signature_validity_period {
    value = 24
    type  = "MONTHS"
  }

  tags = {
    Team = "platform"
    Env  = "test"
  }
}
