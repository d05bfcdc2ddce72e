# A hash comment before the block
// A slash comment before the block
/* A block comment
   spanning lines, with "quotes" and { braces } inside */
resource "aws_sqs_queue" "q" { # trailing hash comment
  name = "jobs" // trailing slash comment
  /* inline */ delay_seconds = 5
  visibility_timeout_seconds = /* before the value */ 30
  # url = "commented out"
  tags = {
    # a comment inside an object
    team = "core" // after an item
  }
  policy = [
    "a", # after a tuple item
    /* between items */ "b",
  ]
}
# The file ends with a comment and no newline