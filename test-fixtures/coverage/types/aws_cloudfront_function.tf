resource "aws_cloudfront_function" "this" {
  name    = "coverage-rewrite-index"
  runtime = "cloudfront-js-2.0"
  comment = "Append index.html to directory requests"
  publish = true

  key_value_store_associations = ["arn:aws:cloudfront::123456789012:key-value-store/0fb1c3d5-e7f9-4a02-8b46-ce13579bdf46"]

  code    = "function handler(event) {\n  var request = event.request;\n  if (request.uri.endsWith('/')) {\n    request.uri += 'index.html';\n  }\n  return request;\n}\n"
}
