resource "aws_iam_openid_connect_provider" "this" {
  url             = "https://oidc.coverage-openid-provider.example.com"
  client_id_list  = ["sts.amazonaws.com"]
  thumbprint_list = ["9e99a48a9960b14926bb7f3b02e22da2b0ab7280", "1b511abead59c6ce207077c0bf0e0043b1382612"]

  tags = { Purpose = "ci-federation" }
}
