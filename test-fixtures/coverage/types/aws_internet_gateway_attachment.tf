resource "aws_internet_gateway_attachment" "this" {
  internet_gateway_id = "igw-0b3d5f7a9c1e24680"
  vpc_id              = "vpc-0e2a4c6b8d0f13570"
}
