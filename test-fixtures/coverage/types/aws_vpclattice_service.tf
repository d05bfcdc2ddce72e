resource "aws_vpclattice_service" "this" {
  name      = "coverage-lattice-orders"
  auth_type = "AWS_IAM"

  tags = {
    Env = "test"
  }
}
