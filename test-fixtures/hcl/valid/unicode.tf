# Ünïcödé comment: 日本語 and emoji 🚀
resource "aws_s3_bucket" "données" {
  bucket = "bücket-🚀-名前"
  tags = {
    Name  = "naïve café"
    "🔑" = "clé"
  }
  after = "after the emoji 🚀 the offsets stay exact"
}
