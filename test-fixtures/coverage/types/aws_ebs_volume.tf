resource "aws_ebs_volume" "this" {
  availability_zone = "eu-west-1a"
  size              = 100
  type              = "gp3"
  iops              = 4000
  throughput        = 250
  encrypted         = true
  kms_key_id        = "arn:aws:kms:eu-west-1:123456789012:key/6f1c2d3e-4a5b-4c6d-8e7f-27e4152222ae"

  tags = {
    Name = "coverage-ebs-volume"
    Env  = "test"
  }
}
