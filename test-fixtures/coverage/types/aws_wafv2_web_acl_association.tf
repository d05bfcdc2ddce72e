resource "aws_wafv2_web_acl_association" "this" {
  resource_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/coverage-waf-assoc/4b6d8f0a2c4e6081"
  web_acl_arn  = "arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/coverage-waf-assoc/7c1e3a5b-9d2f-4e6a-8b0c-1d3f5a7b9c2e"
}
