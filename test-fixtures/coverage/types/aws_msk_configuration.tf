resource "aws_msk_configuration" "this" {
  name           = "coverage-msk-config"
  description    = "Broker settings for the orders cluster"
  kafka_versions = ["3.6.0", "3.7.x"]

  server_properties = <<-PROPERTIES
    auto.create.topics.enable = false
    default.replication.factor = 3
    min.insync.replicas = 2
  PROPERTIES
}
