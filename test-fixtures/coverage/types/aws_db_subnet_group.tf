resource "aws_db_subnet_group" "this" {
  name        = "coverage-db-subnet-group"
  description = "Private subnets for the app databases"
  subnet_ids  = ["subnet-0d1a2b3c4d5e6f701", "subnet-0d1a2b3c4d5e6f702", "subnet-0d1a2b3c4d5e6f703"]

  tags = {
    Name = "coverage-db-subnet-group"
    Env  = "test"
  }
}
