resource "aws_s3_directory_bucket" "this" {
  bucket = "coverage-s3-directory--euw1-az1--x-s3"

  location {
    name = "euw1-az1"
  }

  tags = {
    Env = "test"
  }
}
