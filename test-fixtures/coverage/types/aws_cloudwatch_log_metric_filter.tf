resource "aws_cloudwatch_log_metric_filter" "this" {
  name           = "coverage-log-metric-filter-errors"
  log_group_name = "/coverage/aws_cloudwatch_log_metric_filter/api"
  pattern        = "{ $.level = \"ERROR\" }"

  metric_transformation {
    name          = "ApiErrors"
    namespace     = "Coverage/Api"
    value         = "1"
    default_value = "0"
    unit          = "Count"
    dimensions = {
      Service = "$.service"
      Env     = "$.env"
    }
  }
}
