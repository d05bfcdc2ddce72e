resource "aws_eks_fargate_profile" "this" {
  cluster_name           = "coverage-eks-fargate"
  fargate_profile_name   = "coverage-eks-fargate-system"
  pod_execution_role_arn = "arn:aws:iam::123456789012:role/coverage-eks-fargate-pods"
  subnet_ids             = ["subnet-0f4a6c8e0a2c4e6f7", "subnet-0a5b7d9f1b3d5f7a8"]

  selector {
    namespace = "kube-system"
    labels = {
      k8s-app = "kube-dns"
    }
  }

  selector {
    namespace = "payments"
  }

  tags = {
    Team = "platform"
  }
}
