resource "aws_ec2_transit_gateway_vpc_attachment" "this" {
  transit_gateway_id     = "tgw-0d0e7e2923ab8dc60"
  vpc_id                 = "vpc-00982e957217bc464"
  subnet_ids             = ["subnet-063715671ba094d03", "subnet-01210e5b647260525"]
  appliance_mode_support = "enable"
  dns_support            = "enable"

  tags = {
    Name = "coverage-tgw-attach"
  }
}
