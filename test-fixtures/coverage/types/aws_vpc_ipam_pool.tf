resource "aws_vpc_ipam_pool" "this" {
  address_family                    = "ipv4"
  ipam_scope_id                     = "ipam-scope-0f7b0d3a6c9e25814"
  locale                            = "eu-west-1"
  description                       = "coverage-ipam-pool-eu-west-1"
  allocation_default_netmask_length = 24
  allocation_min_netmask_length     = 20
  allocation_max_netmask_length     = 28

  allocation_resource_tags = {
    Env = "prod"
  }

  tags = {
    Name = "coverage-ipam-pool-eu-west-1"
  }
}
