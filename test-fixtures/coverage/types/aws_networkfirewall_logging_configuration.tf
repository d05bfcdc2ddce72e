resource "aws_networkfirewall_logging_configuration" "this" {
  firewall_arn = "arn:aws:network-firewall:eu-west-1:123456789012:firewall/coverage-nfw-logging"

  logging_configuration {
    log_destination_config {
      log_type             = "FLOW"
      log_destination_type = "S3"
      log_destination = {
        bucketName = "coverage-nfw-logging-flow-123456789012"
        prefix     = "flow"
      }
    }

    log_destination_config {
      log_type             = "ALERT"
      log_destination_type = "CloudWatchLogs"
      log_destination = {
        logGroup = "/aws/network-firewall/coverage-nfw-logging/alert"
      }
    }
  }
}
