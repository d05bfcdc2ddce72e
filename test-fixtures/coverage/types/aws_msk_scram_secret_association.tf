resource "aws_msk_scram_secret_association" "this" {
  cluster_arn = "arn:aws:kafka:eu-west-1:123456789012:cluster/coverage-msk-scram/4f5a6b7c-8d9e-4f0a-b1c2-d3e4f5a6b7c8-2"
  secret_arn_list = [
    "arn:aws:secretsmanager:eu-west-1:123456789012:secret:AmazonMSK_coverage-scram-orders-Ab12Cd",
    "arn:aws:secretsmanager:eu-west-1:123456789012:secret:AmazonMSK_coverage-scram-billing-Ef34Gh",
  ]
}
