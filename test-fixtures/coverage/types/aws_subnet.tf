resource "aws_subnet" "this" {
  vpc_id                  = "vpc-0b5e2a7c9d1f30462"
  cidr_block              = "10.41.1.0/24"
  availability_zone       = "eu-west-1a"
  map_public_ip_on_launch = true

  private_dns_hostname_type_on_launch         = "resource-name"
  enable_resource_name_dns_a_record_on_launch = true

  tags = {
    Name = "coverage-subnet-public-a"
    Tier = "public"
  }
}
