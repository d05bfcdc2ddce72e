resource "aws_codedeploy_deployment_group" "this" {
  app_name               = "coverage-deploy-group-app"
  deployment_group_name  = "coverage-deployment-group"
  service_role_arn       = "arn:aws:iam::123456789012:role/coverage-codedeploy"
  deployment_config_name = "CodeDeployDefault.ECSAllAtOnce"

  alarm_configuration {
    enabled = true
    alarms  = ["coverage-deploy-5xx", "coverage-deploy-latency"]
  }

  auto_rollback_configuration {
    enabled = true
    events  = ["DEPLOYMENT_FAILURE", "DEPLOYMENT_STOP_ON_REQUEST"]
  }

  blue_green_deployment_config {
    deployment_ready_option {
      action_on_timeout = "CONTINUE_DEPLOYMENT"
    }

    terminate_blue_instances_on_deployment_success {
      action                           = "TERMINATE"
      termination_wait_time_in_minutes = 5
    }
  }

  deployment_style {
    deployment_option = "WITH_TRAFFIC_CONTROL"
    deployment_type   = "BLUE_GREEN"
  }

  ecs_service {
    cluster_name = "coverage-cluster"
    service_name = "coverage-service"
  }

  load_balancer_info {
    target_group_pair_info {
      prod_traffic_route {
        listener_arns = ["arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener/app/coverage-deploy-lb/0fa4e6a8c0d2f357/0fa5f7b9d1e3a468"]
      }

      target_group {
        name = "coverage-deploy-blue"
      }

      target_group {
        name = "coverage-deploy-green"
      }
    }
  }
}
