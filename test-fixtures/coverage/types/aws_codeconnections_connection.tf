resource "aws_codeconnections_connection" "this" {
  name          = "coverage-connection"
  provider_type = "GitHub"

  tags = {
    Name = "coverage-connection"
    Team = "platform"
  }
}
