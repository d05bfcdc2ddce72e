resource "aws_route53_zone" "this" {
  name    = "coverage-zone.example.com"
  comment = "Coverage public zone"

  tags = {
    Name = "coverage-zone"
    Env  = "test"
  }
}
