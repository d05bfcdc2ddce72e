resource "aws_network_interface" "this" {
  subnet_id         = "subnet-0c1e4a7d0b3f69285"
  description       = "coverage-eni-appliance"
  private_ip        = "10.41.2.10"
  private_ips       = ["10.41.2.10", "10.41.2.11"]
  security_groups   = ["sg-0a4d7b0e3c6f92581", "sg-0b5e8c1f4d7a03692"]
  source_dest_check = false

  tags = {
    Name = "coverage-eni-appliance"
  }
}
