resource "aws_scheduler_schedule_group" "this" {
  name = "coverage-scheduler-group"

  tags = {
    Team = "data"
    Env  = "test"
  }
}
