resource "aws_eip_association" "this" {
  allocation_id = "eipalloc-0c3d4e5f6a7b8c9d0"
  instance_id   = "i-0f1e2d3c4b5a69788"
}
