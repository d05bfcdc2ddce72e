resource "aws_eip" "this" {
  domain   = "vpc"
  instance = "i-0f3a6c9e2b5d81470"

  tags = {
    Name = "coverage-eip-bastion"
  }
}
