resource "aws_internet_gateway" "this" {
  vpc_id = "vpc-0b5e2a7c9d1f30462"

  tags = {
    Name = "coverage-igw"
    Env  = "test"
  }
}
