resource "aws_opensearch_domain" "logs" {
  domain_name    = "coverage-os-policy"
  engine_version = "OpenSearch_2.17"

  cluster_config {
    instance_type  = "t3.small.search"
    instance_count = 1
  }

  ebs_options {
    ebs_enabled = true
    volume_size = 20
  }
}

resource "aws_opensearch_domain_policy" "this" {
  domain_name = aws_opensearch_domain.logs.domain_name

  access_policies = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "es:ESHttp*"
      Resource  = "arn:aws:es:eu-west-1:123456789012:domain/coverage-os-policy/*"
      Condition = { IpAddress = { "aws:SourceIp" = ["203.0.113.0/24", "198.51.100.7/32"] } }
    }]
  })
}
