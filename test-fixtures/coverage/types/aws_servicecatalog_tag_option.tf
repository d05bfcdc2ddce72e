resource "aws_servicecatalog_tag_option" "this" {
  key    = "coverage-sc-cost-center"
  value  = "cc-4410"
  active = true
}
