resource "aws_codepipeline" "this" {
  name           = "coverage-pipeline"
  role_arn       = "arn:aws:iam::123456789012:role/coverage-pipeline"
  pipeline_type  = "V2"
  execution_mode = "QUEUED"

  artifact_store {
    location = "coverage-pipeline-artifacts-123456789012"
    type     = "S3"
  }

  stage {
    name = "Source"

    action {
      name             = "Source"
      category         = "Source"
      owner            = "AWS"
      provider         = "CodeStarSourceConnection"
      version          = "1"
      output_artifacts = ["source"]

      configuration = {
        ConnectionArn    = "arn:aws:codeconnections:eu-west-1:123456789012:connection/0fa1b3c5-d7e9-4f02-8a46-ce13579bdf35"
        FullRepositoryId = "example/coverage-app"
        BranchName       = "main"
      }
    }
  }

  stage {
    name = "Build"

    action {
      name             = "Build"
      category         = "Build"
      owner            = "AWS"
      provider         = "CodeBuild"
      version          = "1"
      input_artifacts  = ["source"]
      output_artifacts = ["build"]

      configuration = {
        ProjectName = "coverage-pipeline-build"
      }
    }
  }

  trigger {
    provider_type = "CodeStarSourceConnection"

    git_configuration {
      source_action_name = "Source"

      push {
        branches {
          includes = ["main"]
        }
      }
    }
  }

  variable {
    name          = "DEPLOY_ENV"
    default_value = "test"
  }

  tags = {
    Name = "coverage-pipeline"
  }
}
