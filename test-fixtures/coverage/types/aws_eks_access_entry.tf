resource "aws_eks_access_entry" "this" {
  cluster_name      = "coverage-eks-access"
  principal_arn     = "arn:aws:iam::123456789012:role/coverage-eks-access-deployer"
  kubernetes_groups = ["deployers", "viewers"]
  type              = "STANDARD"

  tags = {
    Team = "platform"
  }
}
