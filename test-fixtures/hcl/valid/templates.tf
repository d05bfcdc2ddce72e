locals {
  plain        = "no interpolation"
  escapes      = "tab\there \"quoted\" back\\slash \u00e9 \U0001F600 newline\n"
  literal_ds   = "cost: $${not_interpolated} and %%{ not_a_directive }"
  dollar       = "price in $ and 100%"
  interp       = "${var.prefix}-bucket"
  nested       = "${lower("${var.a}-${var.b}")}"
  multi        = "a${var.x}b${local.y}c"
  directive_if = "%{ if var.enabled }on%{ else }off%{ endif }"
  directive_for = "%{ for ip in var.ips }${ip},%{ endfor }"
  strip        = "x ${~ var.a ~} y"
  strip_dir    = <<-EOT
    %{~ for k, v in var.m ~}
    ${k}=${v}
    %{~ endfor ~}
  EOT
  empty        = ""
  only_interp  = "${var.only}"
}
