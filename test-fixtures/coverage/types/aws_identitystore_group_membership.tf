resource "aws_identitystore_group_membership" "this" {
  identity_store_id = "d-93670a1b2c"
  group_id          = "926743a1b2-2e3f4051-6b7c-4d8e-9fa0-b1c2d3e4f5a6"
  member_id         = "926743a1b2-3f405162-7c8d-4e9f-a0b1-c2d3e4f5a6b7"
}
