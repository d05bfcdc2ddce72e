resource "aws_datasync_location_efs" "this" {
  efs_file_system_arn         = "arn:aws:elasticfilesystem:eu-west-1:123456789012:file-system/fs-0c1d2e3f4a5b60712"
  subdirectory                = "/shared"
  access_point_arn            = "arn:aws:elasticfilesystem:eu-west-1:123456789012:access-point/fsap-0d1e2f3a4b5c60712"
  file_system_access_role_arn = "arn:aws:iam::123456789012:role/coverage-datasync-location-efs"
  in_transit_encryption       = "TLS1_2"

  ec2_config {
    subnet_arn = "arn:aws:ec2:eu-west-1:123456789012:subnet/subnet-0e1f2a3b4c5d60712"
    security_group_arns = [
      "arn:aws:ec2:eu-west-1:123456789012:security-group/sg-0f1a2b3c4d5e60712",
      "arn:aws:ec2:eu-west-1:123456789012:security-group/sg-0a2b3c4d5e6f70712",
    ]
  }

  tags = {
    Name = "coverage-datasync-location-efs"
  }
}
