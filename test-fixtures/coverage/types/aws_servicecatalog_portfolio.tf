resource "aws_servicecatalog_portfolio" "this" {
  name          = "coverage-sc-portfolio"
  description   = "Approved data platform products"
  provider_name = "Platform Team"

  tags = {
    Env  = "test"
    Team = "platform"
  }
}
