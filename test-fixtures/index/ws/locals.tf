locals {
  prefix = "acme-${var.environment}"
  owners = ["a", "b"]
}
