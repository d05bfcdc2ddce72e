# Team that owns the stack.
team = "platform"
