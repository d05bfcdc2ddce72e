resource "aws_db_instance" "db" {
  identifier        = "coverage-db-role-assoc"
  engine            = "sqlserver-se"
  instance_class    = "db.m6i.xlarge"
  allocated_storage = 100
  license_model     = "license-included"
}

resource "aws_db_instance_role_association" "this" {
  db_instance_identifier = aws_db_instance.db.identifier
  feature_name           = "S3_INTEGRATION"
  role_arn               = "arn:aws:iam::123456789012:role/coverage-db-role-assoc-s3"
}
