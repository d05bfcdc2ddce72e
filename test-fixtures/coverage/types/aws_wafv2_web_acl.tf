resource "aws_wafv2_web_acl" "this" {
  name          = "coverage-web-acl"
  description   = "Coverage API protection"
  scope         = "REGIONAL"
  token_domains = ["coverage.example.com", "api.coverage.example.com"]

  default_action {
    allow {}
  }

  rule {
    name     = "aws-common"
    priority = 10

    override_action {
      none {}
    }

    statement {
      managed_rule_group_statement {
        name        = "AWSManagedRulesCommonRuleSet"
        vendor_name = "AWS"
      }
    }

    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "aws-common"
      sampled_requests_enabled   = true
    }
  }

  rule {
    name     = "rate-limit"
    priority = 20

    action {
      block {}
    }

    statement {
      rate_based_statement {
        limit              = 2000
        aggregate_key_type = "IP"
      }
    }

    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "rate-limit"
      sampled_requests_enabled   = true
    }
  }

  rule {
    name     = "admin-outside-eu"
    priority = 30

    action {
      block {
        custom_response {
          response_code = 403
        }
      }
    }

    statement {
      and_statement {
        statement {
          byte_match_statement {
            positional_constraint = "STARTS_WITH"
            search_string         = "/admin"

            field_to_match {
              uri_path {}
            }

            text_transformation {
              priority = 0
              type     = "URL_DECODE"
            }

            text_transformation {
              priority = 1
              type     = "LOWERCASE"
            }
          }
        }

        statement {
          not_statement {
            statement {
              geo_match_statement {
                country_codes = ["DE", "FR", "IE", "NL"]
              }
            }
          }
        }
      }
    }

    rule_label {
      name = "coverage:admin-outside-eu"
    }

    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "admin-outside-eu"
      sampled_requests_enabled   = false
    }
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "coverage-web-acl"
    sampled_requests_enabled   = true
  }

  tags = {
    Name = "coverage-web-acl"
  }
}
