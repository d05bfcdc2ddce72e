terraform {
  backend "local" {
    path = "state/terraform.tfstate"
  }
}

resource "aws_sns_topic" "t" {
  name = "t"
}
