resource "aws_glue_registry" "this" {
  registry_name = "coverage-glue-registry"
  description   = "Event schemas for the orders stream"

  tags = {
    Env = "test"
  }
}
