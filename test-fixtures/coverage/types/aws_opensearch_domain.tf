resource "aws_opensearch_domain" "this" {
  domain_name    = "coverage-os-domain"
  engine_version = "OpenSearch_2.13"

  cluster_config {
    instance_type            = "r6g.large.search"
    instance_count           = 3
    zone_awareness_enabled   = true
    dedicated_master_enabled = true
    dedicated_master_type    = "m6g.large.search"
    dedicated_master_count   = 3

    zone_awareness_config {
      availability_zone_count = 3
    }
  }

  ebs_options {
    ebs_enabled = true
    volume_type = "gp3"
    volume_size = 100
  }

  encrypt_at_rest {
    enabled    = true
    kms_key_id = "4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c81"
  }

  node_to_node_encryption {
    enabled = true
  }

  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
  }

  vpc_options {
    subnet_ids         = ["subnet-0c4d5e6f7a8b90a01", "subnet-0c4d5e6f7a8b90a02", "subnet-0c4d5e6f7a8b90a03"]
    security_group_ids = ["sg-0c4d5e6f7a8b90a11"]
  }

  access_policies = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::123456789012:role/coverage-os-writer" }
      Action    = "es:ESHttp*"
      Resource  = "arn:aws:es:eu-west-1:123456789012:domain/coverage-os-domain/*"
    }]
  })

  tags = {
    Name = "coverage-os-domain"
  }
}
