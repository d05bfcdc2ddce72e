resource "aws_opensearchserverless_access_policy" "this" {
  name        = "coverage-aoss-access"
  type        = "data"
  description = "Read access for the ingest role"
  policy = jsonencode([{
    Rules = [{
      ResourceType = "index"
      Resource     = ["index/coverage-aoss-logs/*"]
      Permission   = ["aoss:ReadDocument", "aoss:DescribeIndex"]
    }]
    Principal = ["arn:aws:iam::123456789012:role/coverage-aoss-reader"]
  }])
}
