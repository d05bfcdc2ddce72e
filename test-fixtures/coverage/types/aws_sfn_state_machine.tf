resource "aws_sfn_state_machine" "this" {
  name     = "coverage-sfn-state-machine"
  role_arn = "arn:aws:iam::123456789012:role/coverage-sfn-state-machine-exec"
  type     = "STANDARD"

  definition = jsonencode({
    Comment = "Order flow"
    StartAt = "Validate"
    States = {
      Validate = {
        Type     = "Task"
        Resource = "arn:aws:lambda:eu-west-1:123456789012:function:coverage-sfn-validate"
        Retry    = [{ ErrorEquals = ["States.TaskFailed"], MaxAttempts = 2, IntervalSeconds = 5 }]
        Next     = "Done"
      }
      Done = { Type = "Succeed" }
    }
  })

  logging_configuration {
    level                  = "ERROR"
    include_execution_data = true
    log_destination        = "arn:aws:logs:eu-west-1:123456789012:log-group:/aws/vendedlogs/states/coverage-sfn-state-machine:*"
  }

  tracing_configuration {
    enabled = true
  }

  tags = {
    Team = "orders"
  }
}
