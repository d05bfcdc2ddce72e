resource "aws_ecr_replication_configuration" "this" {
  replication_configuration {
    rule {
      destination {
        region      = "eu-central-1"
        registry_id = "123456789012"
      }

      destination {
        region      = "us-east-1"
        registry_id = "123456789012"
      }

      repository_filter {
        filter      = "coverage-ecr-repl-prod"
        filter_type = "PREFIX_MATCH"
      }
    }
  }
}
