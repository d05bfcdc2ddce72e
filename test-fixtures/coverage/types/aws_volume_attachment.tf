resource "aws_volume_attachment" "this" {
  device_name = "/dev/sdf"
  volume_id   = "vol-0c75d1e35c5f521f5"
  instance_id = "i-00827c05cf2e7ff7f"
}
