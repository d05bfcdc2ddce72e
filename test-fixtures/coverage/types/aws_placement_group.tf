resource "aws_placement_group" "this" {
  name            = "coverage-placement-partition"
  strategy        = "partition"
  partition_count = 3

  tags = {
    Env = "test"
  }
}
