resource "aws_networkmanager_global_network" "this" {
  description = "coverage-networkmanager-global-network"

  tags = {
    Team = "network"
    Env  = "test"
  }
}
