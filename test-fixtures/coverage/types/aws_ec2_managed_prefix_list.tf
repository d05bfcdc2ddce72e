resource "aws_ec2_managed_prefix_list" "this" {
  name           = "coverage-prefix-list-offices"
  address_family = "IPv4"
  max_entries    = 5

  entry {
    cidr        = "198.51.100.0/24"
    description = "Dublin office"
  }

  entry {
    cidr        = "203.0.113.0/24"
    description = "Berlin office"
  }

  tags = {
    Env = "test"
  }
}
