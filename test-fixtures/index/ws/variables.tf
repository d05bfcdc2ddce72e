variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "environment" {
  type = string
}

variable "queue_count" {
  type    = number
  default = 2
}

variable "db_password" {
  type      = string
  default   = "not-a-real-secret"
  sensitive = true
}
