resource "aws_s3_bucket" "missing_close" {
  bucket = "a"
  versioning {
    enabled = true
  }

resource "aws_s3_bucket" "after" {
  bucket = "b"
}

}
resource "aws_s3_bucket" "last" {
  bucket = "c"
}
