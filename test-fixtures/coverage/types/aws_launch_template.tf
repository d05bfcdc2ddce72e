resource "aws_launch_template" "this" {
  name                   = "coverage-launch-template-web"
  description            = "web tier"
  image_id               = "ami-0a1b2c3d4e5f60718"
  instance_type          = "t3.small"
  vpc_security_group_ids = ["sg-0a7c3e5b9d1f24680"]
  default_version        = 3

  metadata_options {
    http_tokens = "required"
  }

  tags = {
    Team = "web"
  }
}
