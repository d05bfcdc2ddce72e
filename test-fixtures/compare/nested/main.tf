provider "aws" {
  region = "eu-west-1"
}

# in_sync: an inline policy block is a set of {PolicyName, PolicyDocument} with the document as JSON
resource "aws_iam_role" "svc" {
  name               = "svc"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ecs-tasks.amazonaws.com" } }] })
  inline_policy {
    name   = "read"
    policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = ["s3:GetObject"], Resource = ["*"] }] })
  }
}

# drifted: assign_public_ip is "ENABLED" live; subnets in another order are the same set
resource "aws_ecs_service" "api" {
  name            = "api"
  cluster         = "arn:aws:ecs:eu-west-1:123456789012:cluster/main"
  task_definition = "api:7"
  desired_count   = 2
  launch_type     = "FARGATE"
  network_configuration {
    subnets          = ["subnet-a", "subnet-b"]
    security_groups  = ["sg-api"]
    assign_public_ip = false
  }
}

# drifted: a security group was added to the function's VPC config
resource "aws_lambda_function" "worker" {
  function_name = "worker"
  role          = "arn:aws:iam::123456789012:role/svc"
  handler       = "main.handler"
  runtime       = "python3.12"
  filename      = "worker.zip"
  vpc_config {
    subnet_ids         = ["subnet-b", "subnet-a"]
    security_group_ids = ["sg-1"]
  }
}
