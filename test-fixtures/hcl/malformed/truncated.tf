resource "aws_s3_bucket" "a" {
  bucket = "a"
}

resource "aws_s3_bucket" "truncated" {
  bucket = "b"
  tags = {
    x = "y"
