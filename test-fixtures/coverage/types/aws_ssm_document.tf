resource "aws_ssm_document" "this" {
  name            = "coverage-ssm-document"
  document_type   = "Command"
  document_format = "JSON"
  target_type     = "/AWS::EC2::Instance"

  content = jsonencode({
    schemaVersion = "2.2"
    description   = "Rotate the application logs"
    parameters = {
      retentionDays = { type = "String", default = "14" }
    }
    mainSteps = [{
      action = "aws:runShellScript"
      name   = "rotate"
      inputs = { runCommand = ["logrotate -f /etc/logrotate.d/app", "find /var/log/app -mtime +{{ retentionDays }} -delete"] }
    }]
  })

  tags = {
    Team = "platform"
  }
}
