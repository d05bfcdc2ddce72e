resource "aws_mq_configuration" "this" {
  name           = "coverage-mq-configuration"
  description    = "ActiveMQ broker settings"
  engine_type    = "ActiveMQ"
  engine_version = "5.18"

  data = <<-XML
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <broker xmlns="http://activemq.apache.org/schema/core">
      <plugins><forcePersistencyModeBrokerPlugin persistenceFlag="true"/></plugins>
    </broker>
  XML

  tags = {
    Name = "coverage-mq-configuration"
  }
}
