resource "aws_cloudfront_response_headers_policy" "this" {
  name    = "coverage-rhp-security"
  comment = "Security headers for the storefront"

  cors_config {
    access_control_allow_credentials = false
    origin_override                  = true
    access_control_max_age_sec       = 600

    access_control_allow_headers {
      items = ["Authorization", "Content-Type"]
    }

    access_control_allow_methods {
      items = ["GET", "HEAD", "OPTIONS"]
    }

    access_control_allow_origins {
      items = ["https://shop.example.com"]
    }
  }

  custom_headers_config {
    items {
      header   = "X-Served-By"
      value    = "storefront"
      override = true
    }

    items {
      header   = "Permissions-Policy"
      value    = "camera=(), microphone=()"
      override = false
    }
  }

  security_headers_config {
    content_type_options {
      override = true
    }

    frame_options {
      frame_option = "DENY"
      override     = true
    }

    referrer_policy {
      referrer_policy = "strict-origin-when-cross-origin"
      override        = true
    }

    strict_transport_security {
      access_control_max_age_sec = 31536000
      include_subdomains         = true
      preload                    = true
      override                   = true
    }
  }
}
