resource "aws_s3_bucket" "this" {
  bucket = "coverage-s3-bucket-123456789012"

  tags = {
    Name = "coverage-s3-bucket"
    Env  = "test"
  }
}
