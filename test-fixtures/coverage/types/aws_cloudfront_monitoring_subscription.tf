resource "aws_cloudfront_monitoring_subscription" "this" {
  distribution_id = "E0F6E8A0C2D4F5"

  monitoring_subscription {
    realtime_metrics_subscription_config {
      realtime_metrics_subscription_status = "Enabled"
    }
  }
}
