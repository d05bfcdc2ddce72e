resource "aws_fms_policy" "this" {
  name                  = "coverage-fms-policy"
  description           = "WAF on every internet-facing load balancer"
  exclude_resource_tags = false
  remediation_enabled   = true
  resource_type         = "AWS::ElasticLoadBalancingV2::LoadBalancer"

  include_map {
    account = ["210987654321", "310987654321"]
  }

  security_service_policy_data {
    type = "WAFV2"
    managed_service_data = jsonencode({
      type                              = "WAFV2"
      defaultAction                     = { type = "ALLOW" }
      overrideCustomerWebACLAssociation = false
      preProcessRuleGroups = [{
        ruleGroupArn               = null
        ruleGroupType              = "ManagedRuleGroup"
        overrideAction             = { type = "NONE" }
        managedRuleGroupIdentifier = { vendorName = "AWS", managedRuleGroupName = "AWSManagedRulesCommonRuleSet" }
        excludeRules               = []
      }]
      postProcessRuleGroups = []
    })
  }

  tags = {
    Team = "security"
  }
}
