resource "aws_route53_health_check" "this" {
  type              = "HTTPS"
  fqdn              = "api.coverage-health.example.com"
  port              = 443
  resource_path     = "/healthz"
  failure_threshold = 3
  request_interval  = 10
  regions           = ["eu-west-1", "us-east-1", "ap-southeast-1"]

  tags = {
    Name = "coverage-health-check"
  }
}
