resource "aws_s3_bucket" "a" {
  bucket = "a"
  ) ] ? : ; @ `
  region = "eu-west-1"
}
@@@ !!! ###
resource "aws_s3_bucket" "b" {
  bucket = "b"
}
