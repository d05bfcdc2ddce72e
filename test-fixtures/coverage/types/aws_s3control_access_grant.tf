resource "aws_s3control_access_grant" "this" {
  access_grants_location_id = "7c1e3a5b-9d2f-4b6a-8c0e-2f4a6b8c0715"
  permission                = "READ"

  access_grants_location_configuration {
    s3_sub_prefix = "coverage-s3control-access-grant/reports/*"
  }

  grantee {
    grantee_type       = "IAM"
    grantee_identifier = "arn:aws:iam::123456789012:role/coverage-s3control-access-grant"
  }

  tags = {
    Env = "test"
  }
}
