# Real-editor drift fixture: one resource per status. The live side is seed.json (the emulator's seed, with
# out-of-band changes by carol and dave). scripts/e2e.mjs gives this folder a git history by two authors.
provider "aws" {
  region = "us-east-1"
}

# drifted: dave changed the Env tag (live: test); the suite reverts it to the code.
resource "aws_s3_bucket" "logs" {
  bucket = "dl-logs"
  tags = {
    Env = "prod"
  }
}

# drifted: carol changed the Env tag in the console (live: dev); the suite accepts it into the code.
resource "aws_s3_bucket" "assets" {
  bucket = "dl-assets"
  tags = {
    Env = "prod"
  }
}

# in_sync: a queue identified by its URL (the list handler returns identifiers only).
resource "aws_sqs_queue" "jobs" {
  name                       = "dl-jobs"
  visibility_timeout_seconds = 60
}

# missing: in the state, deleted from AWS.
resource "aws_sns_topic" "alerts" {
  name = "dl-alerts"
}

# not_in_state: declared, never applied or imported; it exists live (an import candidate).
resource "aws_s3_bucket" "fresh" {
  bucket = "dl-fresh"
}

# unsupported: no mapping for this type.
resource "aws_glue_job" "etl" {
  name     = "etl"
  role_arn = "arn:aws:iam::111111111111:role/glue"
  command {
    script_location = "s3://dl-assets/etl.py"
  }
}

# error: the scanning credentials are denied AWS::Logs::LogGroup.
resource "aws_cloudwatch_log_group" "app" {
  name              = "/dl/app"
  retention_in_days = 14
}

# A type whose list handler needs a ResourceModel: listed with a note, read with GetResource.
resource "aws_iam_role_policy" "inline" {
  name = "inline"
  role = "dl-role"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "*" }]
  })
}
