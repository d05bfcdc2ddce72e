resource "aws_launch_configuration" "this" {
  name                        = "coverage-launch-config-v1"
  image_id                    = "ami-0e1f2a3b4c5d60718"
  instance_type               = "t3.micro"
  key_name                    = "coverage-lc-key"
  iam_instance_profile        = "coverage-lc-profile"
  security_groups             = ["sg-0a1b2c3d4e5f60719", "sg-0b2c3d4e5f6071829"]
  associate_public_ip_address = false
  enable_monitoring           = false

  metadata_options {
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
  }
}
