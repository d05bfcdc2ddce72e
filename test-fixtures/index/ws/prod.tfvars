environment = "never-loaded"
