resource "aws_identitystore_group" "this" {
  identity_store_id = "d-93670a1b2c"
  display_name      = "coverage-identitystore-group"
  description       = "Engineers on the coverage rota"
}
