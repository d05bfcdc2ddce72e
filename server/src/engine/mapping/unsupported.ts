// Why an aws_* type is not checked. Types with no Cloud Control counterpart (the CloudFormation type is not in the
// registry Cloud Control serves, or nothing in AWS holds what the resource manages) are listed with the reason; any
// other type not in the table is one Driftlog does not map yet.

/** Terraform type -> why it has no Cloud Control counterpart. */
export const NO_COUNTERPART: Record<string, string> = {
  aws_network_acl_rule: 'AWS::EC2::NetworkAclEntry is not served by Cloud Control, and AWS::EC2::NetworkAcl holds no entries',
  aws_vpn_gateway_route_propagation: 'AWS::EC2::VPNGatewayRoutePropagation is not served by Cloud Control',
  aws_main_route_table_association: 'no CloudFormation type holds which route table is a VPC\'s main one',
  aws_vpc_ipam_preview_next_cidr: 'it computes a preview of the next CIDR; nothing in AWS holds it',
  aws_iam_access_key: 'AWS::IAM::AccessKey is not served by Cloud Control',
  aws_iam_account_alias: 'no CloudFormation type holds the account alias',
  aws_iam_account_password_policy: 'no CloudFormation type holds the account password policy',
  aws_iam_group_membership: 'AWS::IAM::UserToGroupAddition is not served by Cloud Control, and AWS::IAM::Group holds no list of users',
  aws_iam_user_ssh_key: 'no CloudFormation type holds an IAM user\'s SSH public keys',
  aws_iam_user_login_profile: 'only PasswordResetRequired of an AWS::IAM::User LoginProfile can be read; the password is write-only',
  aws_secretsmanager_secret_version: 'no CloudFormation type holds a secret version, and SecretString is write-only',
  aws_signer_signing_job: 'a signing job is an action, not a resource CloudFormation models',
  aws_acm_certificate_validation: 'a Terraform waiter for a certificate\'s validation, not an AWS resource',
  aws_s3_object: 'S3 objects are data, not resources CloudFormation models',
  aws_s3_bucket_object: 'S3 objects are data, not resources CloudFormation models',
  aws_s3_bucket_acl: 'AWS::S3::Bucket\'s AccessControl is write-only and its grants are not in the model',
  aws_s3_account_public_access_block: 'no CloudFormation type holds the account-level public access block',
  aws_s3_bucket_request_payment_configuration: 'AWS::S3::Bucket has no request-payment property',
  aws_s3_bucket_metadata_configuration: 'AWS::S3::Bucket holds only the older MetadataTableConfiguration, not the journal and inventory tables this manages',
  aws_identitystore_user: 'Cloud Control serves AWS::IdentityStore::Group and GroupMembership only, no user type',
  aws_ssm_activation: 'no AWS::SSM::Activation type in the registry Cloud Control serves',
  aws_transfer_tag: 'it sets one tag on any Transfer resource, not a resource of its own',
  aws_ram_resource_association: 'ResourceArns is write-only in AWS::RAM::ResourceShare: Cloud Control never returns it',
  aws_ram_principal_association: 'Principals is write-only in AWS::RAM::ResourceShare: Cloud Control never returns it',
  aws_ec2_tag: 'no CloudFormation type holds a single tag: tags are part of each resource',
  aws_spot_instance_request: 'no CloudFormation type holds a spot instance request',
  aws_ec2_transit_gateway_prefix_list_reference: 'AWS::EC2::TransitGatewayPrefixListReference is not served by Cloud Control',
  aws_dynamodb_table_item: 'table items are data, not resources CloudFormation models',
  aws_route53_record: 'AWS::Route53::RecordSet has no handlers: Cloud Control cannot read it, and its id is made up by CloudFormation',
  aws_lb_listener_certificate: 'AWS::ElasticLoadBalancingV2::ListenerCertificate is not served by Cloud Control, and a listener\'s Certificates holds only the default one',
  aws_codebuild_project: 'AWS::CodeBuild::Project is not served by Cloud Control',
  aws_codecommit_repository: 'AWS::CodeCommit::Repository is not served by Cloud Control',
  aws_codeconnections_host: 'AWS::CodeConnections::Host is not served by Cloud Control',
  aws_dms_replication_instance: 'AWS::DMS::ReplicationInstance is not served by Cloud Control',
  aws_dms_replication_subnet_group: 'AWS::DMS::ReplicationSubnetGroup is not served by Cloud Control',
  aws_dms_replication_task: 'AWS::DMS::ReplicationTask is not served by Cloud Control (only the serverless ReplicationConfig is)',
  aws_db_instance_automated_backups_replication: 'no CloudFormation type holds it; the source instance holds only the destination region',
  aws_rds_cluster_activity_stream: 'no CloudFormation type or property holds a database activity stream',
  aws_storagegateway_gateway: 'no CloudFormation type holds a Storage Gateway gateway',
  aws_storagegateway_cache: 'no CloudFormation type holds a Storage Gateway cache',
  aws_config_configuration_recorder: 'AWS::Config::ConfigurationRecorder is not served by Cloud Control',
  aws_config_delivery_channel: 'AWS::Config::DeliveryChannel is not served by Cloud Control',
};

/** Why a type is not checked, as a phrase: `no Cloud Control counterpart (...)`, `not mapped yet`. */
export function unsupportedPhrase(terraformType: string): string {
  const why = Object.prototype.hasOwnProperty.call(NO_COUNTERPART, terraformType) ? NO_COUNTERPART[terraformType] : undefined;
  if (why) return `no Cloud Control counterpart (${why})`;
  if (terraformType.startsWith('aws_')) return 'not mapped to a Cloud Control type yet';
  return 'not an AWS resource type';
}

/** The sentence a diagnostic or a scan result carries. */
export function unsupportedReason(terraformType: string): string {
  const phrase = unsupportedPhrase(terraformType);
  const verb = phrase.startsWith('no ') ? 'has' : 'is';
  return `${terraformType} ${verb} ${phrase}: drift is not checked`;
}
