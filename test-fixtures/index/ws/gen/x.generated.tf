resource "aws_s3_bucket" "generated" {
  bucket = "generated"
}
