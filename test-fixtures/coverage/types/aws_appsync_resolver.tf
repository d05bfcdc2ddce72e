resource "aws_appsync_resolver" "this" {
  api_id = "p0o9i8u7y6t5r4e3w2q1lkjhgf"
  type   = "Mutation"
  field  = "placeOrder"
  kind   = "PIPELINE"
  code   = "export function request(ctx) { return {}; }\nexport function response(ctx) { return ctx.prev.result; }\n"

  runtime {
    name            = "APPSYNC_JS"
    runtime_version = "1.0.0"
  }

  pipeline_config {
    functions = ["fn1validate0abcdefghijklmn", "fn2persist0abcdefghijklmno", "fn3notify00abcdefghijklmno"]
  }

  caching_config {
    ttl          = 60
    caching_keys = ["$context.identity.sub", "$context.arguments.id"]
  }
}
