resource "aws_efs_mount_target" "this" {
  file_system_id  = "fs-0d7e8f9a0b1c2d3e4"
  subnet_id       = "subnet-0e8f9a0b1c2d3e4f5"
  security_groups = ["sg-0f9a0b1c2d3e4f506", "sg-0a0b1c2d3e4f50617"]
}
