resource "aws_sqs_queue" "jobs" {
  name = "coverage-sqs-queue-policy-jobs"
}

resource "aws_sqs_queue_policy" "this" {
  queue_url = aws_sqs_queue.jobs.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "AllowTopic"
        Effect    = "Allow"
        Principal = { Service = "sns.amazonaws.com" }
        Action    = "sqs:SendMessage"
        Resource  = aws_sqs_queue.jobs.arn
        Condition = { ArnEquals = { "aws:SourceArn" = "arn:aws:sns:eu-west-1:123456789012:coverage-sqs-queue-policy-events" } }
      },
      {
        Sid       = "AllowWorkers"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::123456789012:role/coverage-sqs-queue-policy-worker" }
        Action    = ["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:ChangeMessageVisibility"]
        Resource  = aws_sqs_queue.jobs.arn
      },
    ]
  })
}
