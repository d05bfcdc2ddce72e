resource "aws_opensearchserverless_collection" "this" {
  name             = "coverage-aoss-logs"
  type             = "TIMESERIES"
  description      = "Application logs"
  standby_replicas = "DISABLED"

  tags = {
    Name = "coverage-aoss-logs"
  }
}
