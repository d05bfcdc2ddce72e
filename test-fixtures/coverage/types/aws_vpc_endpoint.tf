resource "aws_vpc_endpoint" "this" {
  vpc_id            = "vpc-0b5e2a7c9d1f30462"
  service_name      = "com.amazonaws.eu-west-1.s3"
  vpc_endpoint_type = "Gateway"
  route_table_ids   = ["rtb-0e2b5d8a1c4f73690", "rtb-0f3c6e9b2d5a84701"]

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "AppBucket"
        Effect    = "Allow"
        Principal = "*"
        Action    = ["s3:GetObject", "s3:PutObject"]
        Resource  = "arn:aws:s3:::coverage-vpce-app/*"
      },
      {
        Sid       = "AmazonLinuxRepos"
        Effect    = "Allow"
        Principal = "*"
        Action    = "s3:GetObject"
        Resource  = "arn:aws:s3:::al2023-repos-eu-west-1-de612dc2/*"
      }
    ]
  })

  tags = {
    Name = "coverage-vpce-s3"
  }
}
