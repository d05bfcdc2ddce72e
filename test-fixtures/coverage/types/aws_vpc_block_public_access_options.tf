resource "aws_vpc_block_public_access_options" "this" {
  internet_gateway_block_mode = "block-ingress"
}
