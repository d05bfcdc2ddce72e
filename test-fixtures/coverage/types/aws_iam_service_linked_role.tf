resource "aws_iam_service_linked_role" "this" {
  aws_service_name = "autoscaling.amazonaws.com"
  custom_suffix    = "coverage-slr"
  description      = "Lets Auto Scaling launch the coverage fleet with its CMK"
}
