# The order API: its role, its network access, its queue, its notifications and its logs.
resource "aws_iam_role" "api" {
  name = "acme-orders-api"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "lambda.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
  tags = {
    Env  = var.env
    Team = "orders"
  }
}

resource "aws_iam_role_policy" "api_orders" {
  name = "orders-table-access"
  role = aws_iam_role.api.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query"]
      Resource = aws_dynamodb_table.orders.arn
    }]
  })
}

resource "aws_security_group" "api" {
  name        = "acme-orders-api"
  description = "Order API"
  vpc_id      = "vpc-0a1b2c3d4e5f60718"

  ingress {
    description = "HTTPS from the VPC"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/16"]
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }

  tags = {
    Env = var.env
  }
}

resource "aws_sqs_queue" "orders" {
  name                       = "acme-orders"
  visibility_timeout_seconds = 60
  message_retention_seconds  = 345600
  tags = {
    Env = var.env
  }
}

resource "aws_sns_topic" "order_events" {
  name = "acme-order-events"
}

resource "aws_cloudwatch_log_group" "api" {
  name              = "/acme/orders/api"
  retention_in_days = var.log_retention_days
}
