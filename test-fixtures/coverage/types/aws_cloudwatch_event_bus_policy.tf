resource "aws_cloudwatch_event_bus" "shared" {
  name = "coverage-event-bus-policy-shared"
}

resource "aws_cloudwatch_event_bus_policy" "this" {
  event_bus_name = aws_cloudwatch_event_bus.shared.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "PartnerPutEvents"
        Effect    = "Allow"
        Principal = { AWS = "210987654321" }
        Action    = "events:PutEvents"
        Resource  = aws_cloudwatch_event_bus.shared.arn
      },
      {
        Sid       = "OrgManageRules"
        Effect    = "Allow"
        Principal = "*"
        Action    = ["events:PutRule", "events:DeleteRule", "events:PutTargets", "events:RemoveTargets"]
        Resource  = "arn:aws:events:eu-west-1:123456789012:rule/coverage-event-bus-policy-shared/*"
        Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-a1b2c3d4e5" } }
      },
    ]
  })
}
