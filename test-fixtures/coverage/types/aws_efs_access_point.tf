resource "aws_efs_access_point" "this" {
  file_system_id = "fs-0e8f9a0b1c2d3e4f6"

  posix_user {
    uid            = 1001
    gid            = 1001
    secondary_gids = [2001, 2002]
  }

  root_directory {
    path = "/coverage/app"
    creation_info {
      owner_uid   = 1001
      owner_gid   = 1001
      permissions = "750"
    }
  }

  tags = {
    Name = "coverage-efs-ap"
  }
}
