resource "aws_s3_bucket" "ok" {
  bucket = "ok"
}

resource "aws_s3_bucket" "bad" {
  bucket = 
  region = "eu-west-1"
}
