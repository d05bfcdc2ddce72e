resource "aws_appautoscaling_policy" "this" {
  name               = "coverage-appscaling-queue-depth"
  policy_type        = "StepScaling"
  service_namespace  = "ecs"
  resource_id        = "service/coverage-cluster/coverage-appscaling-worker"
  scalable_dimension = "ecs:service:DesiredCount"

  step_scaling_policy_configuration {
    adjustment_type         = "ChangeInCapacity"
    cooldown                = 120
    metric_aggregation_type = "Maximum"

    step_adjustment {
      metric_interval_lower_bound = 0
      metric_interval_upper_bound = 100
      scaling_adjustment          = 1
    }

    step_adjustment {
      metric_interval_lower_bound = 100
      scaling_adjustment          = 3
    }
  }
}
