resource "aws_sqs_queue" "dlq" {
  name                      = "coverage-sqs-queue-orders-dlq"
  message_retention_seconds = 1209600
}

resource "aws_sqs_queue" "this" {
  name                       = "coverage-sqs-queue-orders"
  visibility_timeout_seconds = 120
  message_retention_seconds  = 86400
  receive_wait_time_seconds  = 20
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dlq.arn
    maxReceiveCount     = 5
  })

  tags = {
    Name = "coverage-sqs-queue"
    Env  = "test"
  }
}
