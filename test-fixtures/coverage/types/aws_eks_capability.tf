resource "aws_eks_capability" "this" {
  cluster_name              = "coverage-eks-capability"
  capability_name           = "argocd"
  type                      = "ARGOCD"
  role_arn                  = "arn:aws:iam::123456789012:role/coverage-eks-capability-argocd"
  delete_propagation_policy = "RETAIN"

  configuration {
    argo_cd {
      namespace = "argocd"

      aws_idc {
        idc_instance_arn = "arn:aws:sso:::instance/ssoins-72230b3f1a2c4d5e"
        idc_region       = "eu-west-1"
      }
    }
  }

  tags = {
    Team = "platform"
  }
}
