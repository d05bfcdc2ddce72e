resource "aws_lambda_code_signing_config" "this" {
  description = "coverage: only signed packages"

  allowed_publishers {
    signing_profile_version_arns = [
      "arn:aws:signer:eu-west-1:123456789012:/signing-profiles/coverage_lambda_signer/Ab1Cd2Ef3G",
      "arn:aws:signer:eu-west-1:123456789012:/signing-profiles/coverage_lambda_signer_ci/Hj4Kl5Mn6P",
    ]
  }

  policies {
    untrusted_artifact_on_deployment = "Enforce"
  }

  tags = {
    Team = "security"
  }
}
