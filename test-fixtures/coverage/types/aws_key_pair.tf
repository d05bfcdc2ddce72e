resource "aws_key_pair" "this" {
  key_name   = "coverage-key-pair"
  public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHc2ZXJhZ2Uta2V5LXBhaXItZml4dHVyZS0wMDAx coverage@example"

  tags = {
    Owner = "platform"
    Env   = "test"
  }
}
