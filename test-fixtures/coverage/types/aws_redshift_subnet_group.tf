resource "aws_redshift_subnet_group" "this" {
  name        = "coverage-redshift-subnets"
  description = "Warehouse subnets"
  subnet_ids  = ["subnet-0b3c4d5e6f7a80901", "subnet-0b3c4d5e6f7a80902"]

  tags = {
    Name = "coverage-redshift-subnets"
  }
}
