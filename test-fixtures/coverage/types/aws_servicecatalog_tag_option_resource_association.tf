resource "aws_servicecatalog_tag_option_resource_association" "this" {
  tag_option_id = "tag-4jz6l8n0p2r4t"
  resource_id   = "port-6ma8c0e2g4i6k"
}
