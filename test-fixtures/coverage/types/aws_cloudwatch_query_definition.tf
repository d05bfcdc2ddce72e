resource "aws_cloudwatch_query_definition" "this" {
  name = "coverage-query-definition/slow-requests"
  log_group_names = [
    "/coverage/aws_cloudwatch_query_definition/api",
    "/coverage/aws_cloudwatch_query_definition/worker",
  ]
  query_string = <<-EOT
    fields @timestamp, @message, duration
    | filter duration > 1000
    | sort duration desc
    | limit 50
  EOT
}
