resource "aws_sqs_queue" "dlq" {
  name = "coverage-sqs-redrive-allow-dlq"
}

resource "aws_sqs_queue_redrive_allow_policy" "this" {
  queue_url = aws_sqs_queue.dlq.id
  redrive_allow_policy = jsonencode({
    redrivePermission = "byQueue"
    sourceQueueArns = [
      "arn:aws:sqs:eu-west-1:123456789012:coverage-sqs-redrive-allow-orders",
      "arn:aws:sqs:eu-west-1:123456789012:coverage-sqs-redrive-allow-payments",
    ]
  })
}
