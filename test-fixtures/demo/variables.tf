variable "env" {
  description = "Deployment environment, used in tags."
  type        = string
  default     = "dev"
}

variable "log_retention_days" {
  description = "How long the API's logs are kept."
  type        = number
  default     = 30
}
