resource "aws_vpc_ipam_pool_cidr" "this" {
  ipam_pool_id = "ipam-pool-0c9d2f5b8e1a47036"
  cidr         = "10.72.0.0/14"
}
