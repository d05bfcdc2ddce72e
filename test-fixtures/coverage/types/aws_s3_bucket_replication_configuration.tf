resource "aws_s3_bucket" "app" {
  bucket = "coverage-s3-replication-123456789012"
}

resource "aws_s3_bucket_replication_configuration" "this" {
  bucket = aws_s3_bucket.app.id
  role   = "arn:aws:iam::123456789012:role/coverage-s3-replication"

  rule {
    id       = "data-to-dr"
    priority = 1
    status   = "Enabled"

    filter {
      prefix = "data/"
    }

    delete_marker_replication {
      status = "Disabled"
    }

    destination {
      bucket        = "arn:aws:s3:::coverage-s3-replication-dr-123456789012"
      storage_class = "STANDARD_IA"
    }
  }

  rule {
    id       = "reports-to-audit"
    priority = 2
    status   = "Enabled"

    filter {
      and {
        prefix = "reports/"
        tags = {
          Class = "report"
          Keep  = "7y"
        }
      }
    }

    delete_marker_replication {
      status = "Disabled"
    }

    destination {
      bucket  = "arn:aws:s3:::coverage-s3-replication-audit-210987654321"
      account = "210987654321"

      access_control_translation {
        owner = "Destination"
      }
    }
  }
}
