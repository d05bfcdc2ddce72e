resource "aws_eks_addon" "this" {
  cluster_name                = "coverage-eks-addon"
  addon_name                  = "vpc-cni"
  addon_version               = "v1.19.2-eksbuild.1"
  service_account_role_arn    = "arn:aws:iam::123456789012:role/coverage-eks-addon-vpc-cni"
  resolve_conflicts_on_update = "OVERWRITE"

  configuration_values = jsonencode({
    env = {
      ENABLE_PREFIX_DELEGATION = "true"
      WARM_PREFIX_TARGET       = "1"
    }
  })

  tags = {
    Team = "platform"
  }
}
