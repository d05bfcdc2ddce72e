resource "aws_s3_bucket" "legacy" {
  bucket = "legacy"
}
