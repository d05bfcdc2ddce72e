resource "aws_flow_log" "this" {
  vpc_id                   = "vpc-0b5e2a7c9d1f30462"
  traffic_type             = "REJECT"
  log_destination          = "arn:aws:logs:eu-west-1:123456789012:log-group:/coverage/flow-log"
  iam_role_arn             = "arn:aws:iam::123456789012:role/coverage-flow-log"
  max_aggregation_interval = 60

  tags = {
    Name = "coverage-flow-log"
  }
}
