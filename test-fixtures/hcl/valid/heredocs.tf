resource "aws_iam_policy" "p" {
  name   = "p"
  policy = <<EOF
{
  "Version": "2012-10-17",
  "Statement": []
}
EOF
  description = <<-EOT
    Indented heredoc:
      keeps relative indentation
    and strips the common prefix.
    EOT
  user_data = <<-SCRIPT
    #!/bin/bash
    echo "${var.greeting}" > /tmp/hello
    exit 0
  SCRIPT
  empty_heredoc = <<EOT
EOT
  no_escapes = <<EOT
backslash \n stays and "quotes" stay
EOT
}
