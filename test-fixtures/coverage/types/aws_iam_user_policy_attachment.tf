resource "aws_iam_user" "bot" {
  name = "coverage-user-attach-bot"
}

resource "aws_iam_user_policy_attachment" "this" {
  user       = aws_iam_user.bot.name
  policy_arn = "arn:aws:iam::123456789012:policy/coverage-user-attach-deploy"
}
