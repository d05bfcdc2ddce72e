environment = "from-a-auto"
