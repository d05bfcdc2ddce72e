resource "aws_eks_node_group" "this" {
  cluster_name    = "coverage-eks-nodes"
  node_group_name = "coverage-eks-nodes-general"
  node_role_arn   = "arn:aws:iam::123456789012:role/coverage-eks-nodes-node"
  subnet_ids      = ["subnet-0c1d3f5a7b9c1e3a4", "subnet-0d2e4a6b8c0d2f4b5", "subnet-0e3f5b7c9d1e3a5c6"]
  instance_types  = ["m6i.large", "m5.large"]
  capacity_type   = "ON_DEMAND"
  ami_type        = "AL2023_x86_64_STANDARD"
  disk_size       = 50

  scaling_config {
    desired_size = 3
    min_size     = 2
    max_size     = 6
  }

  update_config {
    max_unavailable = 1
  }

  labels = {
    role = "general"
  }

  taint {
    key    = "dedicated"
    value  = "general"
    effect = "NO_SCHEDULE"
  }

  tags = {
    Team = "platform"
  }
}
