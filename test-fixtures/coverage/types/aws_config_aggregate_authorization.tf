resource "aws_config_aggregate_authorization" "this" {
  account_id            = "210987654321"
  authorized_aws_region = "eu-west-1"

  tags = {
    Name = "coverage-config-aggregate-authorization"
    Env  = "test"
  }
}
