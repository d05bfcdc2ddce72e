resource "aws_ecs_capacity_provider" "this" {
  name = "coverage-ecs-capacity-provider"

  auto_scaling_group_provider {
    auto_scaling_group_arn         = "arn:aws:autoscaling:eu-west-1:123456789012:autoScalingGroup:5d3e1f7a-9b2c-4d6e-8f0a-1b3c5d7e9f20:autoScalingGroupName/coverage-ecs-cp-asg"
    managed_termination_protection = "ENABLED"

    managed_scaling {
      status                    = "ENABLED"
      target_capacity           = 90
      minimum_scaling_step_size = 1
      maximum_scaling_step_size = 5
      instance_warmup_period    = 120
    }
  }

  tags = {
    Team = "platform"
    Env  = "test"
  }
}
