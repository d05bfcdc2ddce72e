resource "aws_nat_gateway" "this" {
  allocation_id            = "eipalloc-0a3c6e9b2d5f81740"
  subnet_id                = "subnet-0b8d1f4a7c0e35926"
  secondary_allocation_ids = ["eipalloc-0d6f9b2e5a8c14073", "eipalloc-0e7a0c3f6b9d25184"]

  tags = {
    Name = "coverage-nat-a"
  }
}
