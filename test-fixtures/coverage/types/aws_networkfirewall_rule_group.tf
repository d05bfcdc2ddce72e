resource "aws_networkfirewall_rule_group" "this" {
  name        = "coverage-nfw-rules"
  description = "coverage stateful rules"
  type        = "STATEFUL"
  capacity    = 100

  rule_group {
    stateful_rule_options {
      rule_order = "STRICT_ORDER"
    }

    rules_source {
      stateful_rule {
        action = "DROP"
        header {
          protocol         = "TCP"
          source           = "ANY"
          source_port      = "ANY"
          direction        = "FORWARD"
          destination      = "192.0.2.0/24"
          destination_port = "22"
        }
        rule_option {
          keyword  = "sid"
          settings = ["100001"]
        }
      }

      stateful_rule {
        action = "PASS"
        header {
          protocol         = "TLS"
          source           = "10.0.0.0/8"
          source_port      = "ANY"
          direction        = "FORWARD"
          destination      = "ANY"
          destination_port = "443"
        }
        rule_option {
          keyword  = "sid"
          settings = ["100002"]
        }
      }
    }
  }

  tags = {
    Env = "test"
  }
}
