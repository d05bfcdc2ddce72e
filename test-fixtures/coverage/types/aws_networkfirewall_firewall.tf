resource "aws_networkfirewall_firewall" "this" {
  name                = "coverage-nfw"
  description         = "coverage inspection firewall"
  vpc_id              = "vpc-0f1a2b3c4d5e6f708"
  firewall_policy_arn = "arn:aws:network-firewall:eu-west-1:123456789012:firewall-policy/coverage-nfw-shared"
  delete_protection   = true

  subnet_mapping {
    subnet_id = "subnet-0a2b3c4d5e6f70819"
  }

  subnet_mapping {
    subnet_id = "subnet-0b3c4d5e6f708192a"
  }

  tags = {
    Env = "test"
  }
}
