resource "aws_lambda_function" "f" {
  function_name = join("-", [
    var.prefix,
    "fn",
  ])
  environment {
    variables = {
      for k, v in merge(
        var.env,
        { EXTRA = "1" },
      ) : k => v
    }
  }
  timeout = (
    var.long
    ? 900
    : 30
  )
  single_line_block_next = 1
  inline { enabled = true }
  empty_block {}
}
