resource "aws_rds_global_cluster" "this" {
  global_cluster_identifier = "coverage-rds-global-cluster"
  engine                    = "aurora-postgresql"
  engine_version            = "16.4"
  storage_encrypted         = true
  deletion_protection       = true

  tags = {
    Name = "coverage-rds-global-cluster"
  }
}
