resource "aws_vpclattice_auth_policy" "this" {
  resource_identifier = "arn:aws:vpc-lattice:eu-west-1:123456789012:service/svc-0a7b8c9d0e1f2a3b4"

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::123456789012:role/coverage-lattice-auth-caller" }
      Action    = "vpc-lattice-svcs:Invoke"
      Resource  = "arn:aws:vpc-lattice:eu-west-1:123456789012:service/svc-0a7b8c9d0e1f2a3b4/*"
      Condition = {
        StringEquals = { "vpc-lattice-svcs:RequestMethod" = ["GET", "HEAD"] }
      }
    }]
  })
}
