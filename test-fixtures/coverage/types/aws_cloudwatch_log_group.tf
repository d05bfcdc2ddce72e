resource "aws_cloudwatch_log_group" "this" {
  name              = "/coverage/aws_cloudwatch_log_group/app"
  retention_in_days = 30
  log_group_class   = "STANDARD"

  tags = {
    Name = "coverage-log-group"
    Env  = "test"
  }
}
