resource "aws_redshift_cluster" "this" {
  cluster_identifier                  = "coverage-redshift-cluster"
  database_name                       = "analytics"
  master_username                     = "warehouse_admin"
  manage_master_password              = true
  node_type                           = "ra3.xlplus"
  cluster_type                        = "multi-node"
  number_of_nodes                     = 2
  cluster_subnet_group_name           = "coverage-redshift-cluster-subnets"
  cluster_parameter_group_name        = "coverage-redshift-cluster-params"
  vpc_security_group_ids              = ["sg-0d3e4f5a6b7c80901"]
  iam_roles                           = ["arn:aws:iam::123456789012:role/coverage-redshift-s3-read", "arn:aws:iam::123456789012:role/coverage-redshift-glue"]
  encrypted                           = true
  kms_key_id                          = "arn:aws:kms:eu-west-1:123456789012:key/2e3f4a5b-6c7d-4e8f-9a0b-1c2d3e4f5a61"
  enhanced_vpc_routing                = true
  automated_snapshot_retention_period = 7
  preferred_maintenance_window        = "Sat:03:00-Sat:03:30"
  skip_final_snapshot                 = true

  tags = {
    Name = "coverage-redshift-cluster"
  }
}
