resource "aws_route53_zone" "private" {
  name = "coverage-zone-association.internal"

  vpc {
    vpc_id = "vpc-0e2c4e6a8b0d13579"
  }

  lifecycle {
    ignore_changes = [vpc]
  }
}

resource "aws_route53_zone_association" "this" {
  zone_id = aws_route53_zone.private.zone_id
  vpc_id  = "vpc-0e2d5f7b9c1e24680"
}
