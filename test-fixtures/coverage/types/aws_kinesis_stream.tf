resource "aws_kinesis_stream" "this" {
  name                = "coverage-kinesis-stream-clicks"
  shard_count         = 2
  retention_period    = 48
  shard_level_metrics = ["IncomingBytes", "OutgoingBytes", "IteratorAgeMilliseconds"]
  encryption_type     = "KMS"
  kms_key_id          = "alias/aws/kinesis"

  stream_mode_details {
    stream_mode = "PROVISIONED"
  }

  tags = {
    Name = "coverage-kinesis-stream"
    Team = "analytics"
  }
}
