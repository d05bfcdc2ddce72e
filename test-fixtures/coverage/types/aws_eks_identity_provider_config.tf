resource "aws_eks_identity_provider_config" "this" {
  cluster_name = "coverage-eks-idp"

  oidc {
    identity_provider_config_name = "coverage-eks-idp-okta"
    client_id                     = "0oa1b2c3d4e5f6g7h8i9"
    issuer_url                    = "https://coverage.okta.com/oauth2/default"
    username_claim                = "email"
    groups_claim                  = "groups"
    groups_prefix                 = "oidc:"

    required_claims = {
      aud = "kubernetes"
      env = "prod"
    }
  }

  tags = {
    Team = "platform"
  }
}
