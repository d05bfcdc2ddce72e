resource "aws_cloudwatch_dashboard" "this" {
  dashboard_name = "coverage-dashboard-api"
  dashboard_body = jsonencode({
    widgets = [
      {
        type   = "metric"
        x      = 0
        y      = 0
        width  = 12
        height = 6
        properties = {
          title   = "API latency"
          region  = "eu-west-1"
          stat    = "p99"
          period  = 300
          metrics = [["AWS/ApiGateway", "Latency", "ApiName", "coverage-dashboard-api"]]
        }
      },
      {
        type   = "text"
        x      = 12
        y      = 0
        width  = 12
        height = 6
        properties = {
          markdown = "Runbook: https://wiki.example.com/runbooks/api"
        }
      },
    ]
  })
}
