variable "instance_type" {
  type    = string
  default = "t3.medium"
}

variable "team" {
  type = string
}
