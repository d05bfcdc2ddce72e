resource "aws_vpclattice_access_log_subscription" "this" {
  resource_identifier = "arn:aws:vpc-lattice:eu-west-1:123456789012:servicenetwork/sn-0d9e0f1a2b3c45670"
  destination_arn     = "arn:aws:logs:eu-west-1:123456789012:log-group:/coverage/lattice-access"

  tags = {
    Env = "test"
  }
}
