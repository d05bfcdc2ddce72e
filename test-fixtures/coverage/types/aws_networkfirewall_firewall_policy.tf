resource "aws_networkfirewall_firewall_policy" "this" {
  name        = "coverage-nfw-policy"
  description = "coverage strict-order policy"

  firewall_policy {
    stateless_default_actions          = ["aws:forward_to_sfe"]
    stateless_fragment_default_actions = ["aws:forward_to_sfe"]
    stateful_default_actions           = ["aws:drop_established", "aws:alert_established"]

    stateful_engine_options {
      rule_order = "STRICT_ORDER"
    }

    stateful_rule_group_reference {
      priority     = 10
      resource_arn = "arn:aws:network-firewall:eu-west-1:123456789012:stateful-rulegroup/coverage-nfw-allow-domains"
    }

    stateful_rule_group_reference {
      priority     = 20
      resource_arn = "arn:aws:network-firewall:eu-west-1:123456789012:stateful-rulegroup/coverage-nfw-block-ips"
    }
  }

  tags = {
    Env = "test"
  }
}
