resource "aws_lambda_layer_version" "this" {
  layer_name               = "coverage-lambda-layer"
  description              = "shared HTTP and tracing helpers"
  license_info             = "MIT"
  filename                 = "build/layer.zip"
  compatible_runtimes      = ["python3.12", "python3.11"]
  compatible_architectures = ["arm64", "x86_64"]
}
