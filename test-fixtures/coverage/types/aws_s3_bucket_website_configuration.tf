resource "aws_s3_bucket" "app" {
  bucket = "coverage-s3-website-123456789012"
}

resource "aws_s3_bucket_website_configuration" "this" {
  bucket = aws_s3_bucket.app.id

  index_document {
    suffix = "index.html"
  }

  error_document {
    key = "error.html"
  }

  routing_rule {
    condition {
      key_prefix_equals = "docs/"
    }
    redirect {
      replace_key_prefix_with = "documents/"
    }
  }

  routing_rule {
    condition {
      http_error_code_returned_equals = "404"
    }
    redirect {
      host_name          = "www.example.com"
      http_redirect_code = "302"
      protocol           = "https"
    }
  }
}
