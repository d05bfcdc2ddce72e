resource "aws_transfer_user" "partner" {
  server_id = "s-2c3d4e5f607182930"
  user_name = "coverage-ssh-key-partner"
  role      = "arn:aws:iam::123456789012:role/coverage-ssh-key-partner-access"
}

resource "aws_transfer_ssh_key" "this" {
  server_id = "s-2c3d4e5f607182930"
  user_name = aws_transfer_user.partner.user_name
  body      = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBm3q0Zx8vY2o8cQ1m5k7pG4hT6uWfR2sL9aE3dN0cXy partner@example.com"
}
