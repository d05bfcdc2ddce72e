resource "aws_instance" "web" {
  count         = var.enabled ? length(var.azs) : 0
  ami           = data.aws_ami.ubuntu.id
  instance_type = var.size == "large" ? "m5.large" : "t3.micro"
  subnet_id     = element(aws_subnet.private[*].id, count.index)
  legacy_index  = aws_subnet.private.0.id
  splat_attr    = aws_subnet.private.*.id
  full_splat    = var.list[*].name
  indexed       = local.map["key"][0]
  expand        = max(var.numbers...)
  arithmetic    = 1 + 2 * 3 - 4 / 2 % 3
  comparison    = var.a >= 1 && var.b < 2 || !var.c
  equality      = var.x != null
  negative      = -5
  negative_expr = -var.n
  grouped       = (1 + 2) * 3
  float         = 3.14
  exponent      = 1e3
  bools         = [true, false, null]
  tuple_multi = [
    "a",
    "b",
  ]
  object_multi = {
    a         = 1
    "b-c"     = "two"
    (var.key) = 3
    d : 4
  }
  for_list      = [for s in var.names : upper(s) if s != ""]
  for_map       = { for k, v in var.tags : k => v }
  for_group     = { for i in var.items : i.type => i.name... }
  call_multi = merge(
    var.tags,
    {
      Name = "web"
    },
  )
  attr_of_call  = element(var.list, 0).name
  index_of_call = keys(var.map)[0]
  ternary_chain = var.a ? 1 : var.b ? 2 : 3
  each_ref      = each.value.id
  path_ref      = "${path.module}/files"

  lifecycle {
    ignore_changes = [tags, ami]
  }
}
