resource "aws_s3vectors_vector_bucket" "app" {
  vector_bucket_name = "coverage-s3vectors-index"
}

resource "aws_s3vectors_index" "this" {
  vector_bucket_name = aws_s3vectors_vector_bucket.app.vector_bucket_name
  index_name         = "coverage-embeddings"
  data_type          = "float32"
  dimension          = 1024
  distance_metric    = "cosine"

  tags = {
    Model = "titan-embed-v2"
  }
}
