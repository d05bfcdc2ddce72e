resource "aws_glue_registry" "orders" {
  registry_name = "coverage-glue-schema-registry"
}

resource "aws_glue_schema" "this" {
  schema_name       = "coverage-glue-schema-order-created"
  registry_arn      = aws_glue_registry.orders.arn
  data_format       = "AVRO"
  compatibility     = "BACKWARD"
  description       = "OrderCreated events"
  schema_definition = "{\"type\":\"record\",\"name\":\"OrderCreated\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"}]}"

  tags = {
    Env = "test"
  }
}
