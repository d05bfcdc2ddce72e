resource "aws_sns_topic" "t" {
  name = "crlf"
  policy = <<EOT
line one
line two
EOT
  tags = {
    a = "b"
  }
}
