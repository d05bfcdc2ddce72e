variable "region" {
  default = "eu-west-1"
}

variable "env" {
  default = "dev"
}

variable "instance_type" {
  default = "t3.micro"
}

variable "db_password" {
  sensitive = true
}

variable "api_token" {
  sensitive = true
  default   = "tok-1"
}
