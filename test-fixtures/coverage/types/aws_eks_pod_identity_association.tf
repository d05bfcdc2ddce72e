resource "aws_eks_pod_identity_association" "this" {
  cluster_name    = "coverage-eks-pod-identity"
  namespace       = "payments"
  service_account = "payments-api"
  role_arn        = "arn:aws:iam::123456789012:role/coverage-eks-pod-identity-payments"

  tags = {
    Team = "payments"
    Env  = "test"
  }
}
