resource "aws_ecr_repository" "this" {
  name                 = "coverage-ecr-repository"
  image_tag_mutability = "IMMUTABLE"
  force_delete         = true

  image_scanning_configuration {
    scan_on_push = true
  }

  encryption_configuration {
    encryption_type = "KMS"
    kms_key         = "arn:aws:kms:eu-west-1:123456789012:key/0e2c4a6b-8d1f-4a3c-9e5b-7d9f1b3c5e70"
  }

  tags = {
    Team = "platform"
    Env  = "test"
  }
}
