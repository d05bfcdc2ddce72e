resource "aws_eks_access_entry" "viewer" {
  cluster_name  = "coverage-eks-assoc"
  principal_arn = "arn:aws:iam::123456789012:role/coverage-eks-assoc-viewer"
}

resource "aws_eks_access_policy_association" "this" {
  cluster_name  = aws_eks_access_entry.viewer.cluster_name
  principal_arn = aws_eks_access_entry.viewer.principal_arn
  policy_arn    = "arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy"

  access_scope {
    type       = "namespace"
    namespaces = ["payments", "orders"]
  }
}
