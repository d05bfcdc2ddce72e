resource "aws_bedrockagentcore_gateway_target" "this" {
  name               = "coverage-gateway-target"
  description        = "Order lookup tool"
  gateway_identifier = "coverage-gateway-k3m9q2w7x1"

  credential_provider_configuration {
    gateway_iam_role {}
  }

  target_configuration {
    mcp {
      lambda {
        lambda_arn = "arn:aws:lambda:eu-west-1:123456789012:function:coverage-gateway-target-orders"

        tool_schema {
          inline_payload {
            name        = "get_order"
            description = "Look up an order by id"

            input_schema {
              type = "object"

              property {
                name     = "order_id"
                type     = "string"
                required = true
              }
            }
          }
        }
      }
    }
  }
}
