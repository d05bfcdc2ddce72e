resource "aws_eks_cluster" "this" {
  name     = "coverage-eks-cluster"
  role_arn = "arn:aws:iam::123456789012:role/coverage-eks-cluster-control-plane"
  version  = "1.31"

  enabled_cluster_log_types = ["api", "audit"]

  vpc_config {
    subnet_ids              = ["subnet-0a48d0f2e4a6c8b97", "subnet-0b59e1a3f5b7d9ca8"]
    security_group_ids      = ["sg-0c6af2b4a6c8e0db9"]
    endpoint_private_access = true
    endpoint_public_access  = true
    public_access_cidrs     = ["203.0.113.0/24"]
  }

  access_config {
    authentication_mode = "API"
  }

  encryption_config {
    resources = ["secrets"]
    provider {
      key_arn = "arn:aws:kms:eu-west-1:123456789012:key/7c1e5a3b-2d4f-4e6a-8b0c-9d1e3f5a7b20"
    }
  }

  kubernetes_network_config {
    service_ipv4_cidr = "172.20.0.0/16"
  }

  upgrade_policy {
    support_type = "STANDARD"
  }

  tags = {
    Team = "platform"
    Env  = "test"
  }
}
