resource "aws_instance" "a" {
  ami = 
  instance_type = "t3.micro"
  tags = {
    a = = 1
    b = 2
  }
  list = [1, 2 3, 4]
  call = max(1, , 2)
  good = "still parsed"
}

resource "aws_instance" "b" {
  unterminated = "no closing quote
  after = true
  interp = "${var.a"
  op = 1 +
  ok = 2
}
