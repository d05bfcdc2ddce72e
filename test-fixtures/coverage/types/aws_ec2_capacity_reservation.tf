resource "aws_ec2_capacity_reservation" "this" {
  availability_zone       = "eu-west-1b"
  instance_type           = "m6i.large"
  instance_platform       = "Linux/UNIX"
  instance_count          = 4
  instance_match_criteria = "targeted"
  end_date_type           = "limited"
  end_date                = "2025-12-31T23:59:59Z"

  tags = {
    Name = "coverage-capacity-reservation"
  }
}
