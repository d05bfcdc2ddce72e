resource "aws_ecs_service" "this" {
  name                               = "coverage-ecs-service"
  cluster                            = "arn:aws:ecs:eu-west-1:123456789012:cluster/coverage-ecs-service-cluster"
  task_definition                    = "coverage-ecs-service-app:7"
  desired_count                      = 2
  launch_type                        = "FARGATE"
  enable_execute_command             = true
  health_check_grace_period_seconds  = 60
  deployment_minimum_healthy_percent = 50
  deployment_maximum_percent         = 200
  propagate_tags                     = "SERVICE"

  deployment_circuit_breaker {
    enable   = true
    rollback = true
  }

  load_balancer {
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/coverage-ecs-service-tg/4f2a9c1e7b3d5a60"
    container_name   = "app"
    container_port   = 8080
  }

  network_configuration {
    subnets          = ["subnet-0e15a7c9b1d3f5e64", "subnet-0f26b8d0c2e4a6f75"]
    security_groups  = ["sg-0a37c9e1d3f5b7a86"]
    assign_public_ip = false
  }

  tags = {
    Service = "orders-api"
    Env     = "test"
  }
}
