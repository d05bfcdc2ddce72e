resource "aws_cloudfront_function" "this" {
  name    = "coverage-rewrite-index"
  runtime = "cloudfront-js-2.0"
  comment = "Append index.html to directory requests"
  publish = true
  code    = "function handler(event) {\n  var request = event.request;\n  if (request.uri.endsWith('/')) {\n    request.uri += 'index.html';\n  }\n  return request;\n}\n"
}
