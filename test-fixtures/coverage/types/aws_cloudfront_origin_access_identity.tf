resource "aws_cloudfront_origin_access_identity" "this" {
  comment = "coverage-oai legacy bucket access"
}
