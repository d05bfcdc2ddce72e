resource "aws_sns_topic" "events" {
  name = "coverage-sns-topic-policy-events"
}

resource "aws_sns_topic_policy" "this" {
  arn = aws_sns_topic.events.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "AllowEventBridge"
        Effect    = "Allow"
        Principal = { Service = "events.amazonaws.com" }
        Action    = "sns:Publish"
        Resource  = aws_sns_topic.events.arn
      },
      {
        Sid       = "AllowPartnerSubscribe"
        Effect    = "Allow"
        Principal = { AWS = "210987654321" }
        Action    = ["sns:Subscribe", "sns:Receive"]
        Resource  = aws_sns_topic.events.arn
      },
    ]
  })
}
