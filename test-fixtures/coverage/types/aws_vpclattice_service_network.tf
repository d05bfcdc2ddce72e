resource "aws_vpclattice_service_network" "this" {
  name      = "coverage-lattice-network"
  auth_type = "AWS_IAM"

  tags = {
    Env  = "test"
    Team = "platform"
  }
}
