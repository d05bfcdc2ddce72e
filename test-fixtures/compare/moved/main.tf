provider "aws" {
  region = "eu-west-1"
}

resource "aws_s3_bucket" "renamed" {
  bucket = "keep-me"
}

moved {
  from = aws_s3_bucket.original
  to   = aws_s3_bucket.renamed
}

resource "aws_sqs_queue" "workers" {
  count = 2
  name  = "worker-${count.index}"
}

moved {
  from = aws_sqs_queue.legacy
  to   = aws_sqs_queue.workers
}
