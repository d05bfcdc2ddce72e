resource "aws_vpclattice_target_group" "this" {
  name = "coverage-lattice-tg-orders"
  type = "IP"

  config {
    vpc_identifier = "vpc-0b7c8d9e0f1a2b3c4"
    port           = 8443
    protocol       = "HTTPS"

    health_check {
      enabled                       = true
      path                          = "/healthz"
      health_check_interval_seconds = 15
      health_check_timeout_seconds  = 5
      healthy_threshold_count       = 3
      unhealthy_threshold_count     = 2

      matcher {
        value = "200-299"
      }
    }
  }

  tags = {
    Env = "test"
  }
}
