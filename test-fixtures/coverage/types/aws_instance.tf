resource "aws_instance" "this" {
  ami                     = "ami-0a2232776679d7cc6"
  instance_type           = "t3.small"
  subnet_id               = "subnet-06678863e067c6f2f"
  vpc_security_group_ids  = ["sg-0ba2e1d6c8ba17bfb", "sg-056eb665146dcd898"]
  key_name                = "coverage-instance-key"
  iam_instance_profile    = "coverage-instance-profile"
  monitoring              = true
  disable_api_termination = true

  metadata_options {
    http_endpoint               = "enabled"
    http_tokens                 = "required"
    http_put_response_hop_limit = 2
  }

  credit_specification {
    cpu_credits = "standard"
  }

  tags = {
    Name = "coverage-instance"
    Env  = "test"
  }
}
