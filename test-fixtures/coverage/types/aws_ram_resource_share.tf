resource "aws_ram_resource_share" "this" {
  name                      = "coverage-ram-resource-share"
  allow_external_principals = false

  tags = {
    Team = "network"
    Env  = "test"
  }
}
