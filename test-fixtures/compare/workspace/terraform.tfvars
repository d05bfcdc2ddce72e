env           = "prod"
instance_type = "t3.small"
