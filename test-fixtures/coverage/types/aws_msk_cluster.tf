resource "aws_msk_cluster" "this" {
  cluster_name           = "coverage-msk-cluster"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  enhanced_monitoring    = "PER_BROKER"

  broker_node_group_info {
    instance_type   = "kafka.m7g.large"
    client_subnets  = ["subnet-0a3b4c5d6e7f8091a", "subnet-0b4c5d6e7f8091a2b", "subnet-0c5d6e7f8091a2b3c"]
    security_groups = ["sg-0d6e7f8091a2b3c4d"]

    storage_info {
      ebs_storage_info {
        volume_size = 500
      }
    }

    connectivity_info {
      vpc_connectivity {
        client_authentication {
          sasl {
            iam = true
          }
        }
      }
    }
  }

  client_authentication {
    unauthenticated = false

    sasl {
      iam   = true
      scram = true
    }
  }

  configuration_info {
    arn      = "arn:aws:kafka:eu-west-1:123456789012:configuration/coverage-msk-cluster-config/1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e-2"
    revision = 1
  }

  encryption_info {
    encryption_at_rest_kms_key_arn = "arn:aws:kms:eu-west-1:123456789012:key/2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a"

    encryption_in_transit {
      client_broker = "TLS"
      in_cluster    = true
    }
  }

  logging_info {
    broker_logs {
      cloudwatch_logs {
        enabled   = true
        log_group = "/msk/coverage-msk-cluster"
      }
    }
  }

  open_monitoring {
    prometheus {
      jmx_exporter {
        enabled_in_broker = true
      }

      node_exporter {
        enabled_in_broker = true
      }
    }
  }

  tags = {
    Env = "test"
  }
}
