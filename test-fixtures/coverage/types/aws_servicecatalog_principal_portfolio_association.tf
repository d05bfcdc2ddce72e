resource "aws_servicecatalog_principal_portfolio_association" "this" {
  portfolio_id  = "port-8oc0e2g4i6k8m"
  principal_arn = "arn:aws:iam::123456789012:role/coverage-sc-principal-association"
}
