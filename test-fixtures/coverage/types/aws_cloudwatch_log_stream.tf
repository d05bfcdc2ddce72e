resource "aws_cloudwatch_log_stream" "this" {
  name           = "coverage-log-stream-batch"
  log_group_name = "/coverage/aws_cloudwatch_log_stream/jobs"
}
