resource "aws_sqs_queue" "source" {
  name = "coverage-sqs-redrive-policy-src"
}

resource "aws_sqs_queue" "dlq" {
  name                      = "coverage-sqs-redrive-policy-dlq"
  message_retention_seconds = 1209600
}

resource "aws_sqs_queue_redrive_policy" "this" {
  queue_url = aws_sqs_queue.source.id
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dlq.arn
    maxReceiveCount     = 4
  })
}
