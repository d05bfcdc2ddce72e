resource "aws_vpc_ipam" "this" {
  description = "coverage-ipam"

  operating_regions {
    region_name = "eu-west-1"
  }

  operating_regions {
    region_name = "eu-central-1"
  }

  tags = {
    Name = "coverage-ipam"
  }
}
