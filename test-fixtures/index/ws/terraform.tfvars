environment = "staging"
queue_count = 3
