resource "aws_ecs_cluster" "this" {
  name = "coverage-ecs-cluster"

  setting {
    name  = "containerInsights"
    value = "enabled"
  }

  configuration {
    execute_command_configuration {
      logging = "OVERRIDE"

      log_configuration {
        cloud_watch_encryption_enabled = true
        cloud_watch_log_group_name     = "/ecs/coverage-ecs-cluster/exec"
      }
    }
  }

  tags = {
    Team = "platform"
    Env  = "test"
  }
}
