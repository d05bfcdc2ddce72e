resource "aws_s3vectors_vector_bucket" "this" {
  vector_bucket_name = "coverage-s3vectors-bucket"

  tags = {
    Team = "search"
    Env  = "test"
  }
}
