resource "aws_ecr_registry_scanning_configuration" "this" {
  scan_type = "ENHANCED"

  rule {
    scan_frequency = "CONTINUOUS_SCAN"

    repository_filter {
      filter      = "coverage-ecr-scan-prod-*"
      filter_type = "WILDCARD"
    }
  }

  rule {
    scan_frequency = "SCAN_ON_PUSH"

    repository_filter {
      filter      = "coverage-ecr-scan-dev-*"
      filter_type = "WILDCARD"
    }

    repository_filter {
      filter      = "coverage-ecr-scan-test-*"
      filter_type = "WILDCARD"
    }
  }
}
