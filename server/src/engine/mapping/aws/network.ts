// Networking: VPC, subnets, routing, gateways, addresses, network ACLs, DHCP, IPAM, peering, VPN, flow logs.
import type { TableEntry } from '../types';
import { byId, tags } from './common';

const routeBlocks = 'inline routes are AWS::EC2::Route resources, not part of the route table model';
const aclEntries = 'ACL entries are AWS::EC2::NetworkAclEntry, which Cloud Control does not serve';
const aclSubnets = 'subnet associations are AWS::EC2::SubnetNetworkAclAssociation resources, not part of the ACL model';
const gatewayAttachment = 'the attachment is an AWS::EC2::VPCGatewayAttachment, not part of the gateway model';
const peeringOptions = 'peering connection options (DNS resolution) are not part of the AWS::EC2::VPCPeeringConnection model';

export const ENTRIES: Record<string, TableEntry> = {
  aws_route_table_association: {
    cloudType: 'AWS::EC2::SubnetRouteTableAssociation',
    // id is the association id (rtbassoc-...), the primary identifier.
    identifier: byId,
    same: ['subnet_id', 'route_table_id'],
    notCompared: { gateway_id: 'a gateway association is AWS::EC2::GatewayRouteTableAssociation, which this mapping does not read' },
  },
  aws_vpc: {
    cloudType: 'AWS::EC2::VPC',
    identifier: byId,
    attributes: {
      cidr_block: { prop: 'CidrBlock', createOnly: true },
      instance_tenancy: { prop: 'InstanceTenancy', transform: 'enumCI', default: 'default' },
      enable_dns_support: { prop: 'EnableDnsSupport', transform: 'bool', default: true },
      enable_dns_hostnames: { prop: 'EnableDnsHostnames', transform: 'bool', default: false },
      tags,
    },
  },
  // The default VPC is adopted, not created: Cloud Control reads it like any VPC (id is its vpc-...).
  aws_default_vpc: {
    cloudType: 'AWS::EC2::VPC',
    identifier: byId,
    attributes: {
      enable_dns_support: { prop: 'EnableDnsSupport', transform: 'bool', default: true },
      enable_dns_hostnames: { prop: 'EnableDnsHostnames', transform: 'bool', default: true },
      tags,
    },
    notCompared: {
      assign_generated_ipv6_cidr_block: 'the VPC model holds IPv6 blocks only as the read-only Ipv6CidrBlocks',
      ipv6_cidr_block: 'the VPC model holds IPv6 blocks only as the read-only Ipv6CidrBlocks',
      ipv6_cidr_block_network_border_group: 'IPv6 block associations are AWS::EC2::VPCCidrBlock resources',
      ipv6_ipam_pool_id: 'IPv6 block associations are AWS::EC2::VPCCidrBlock resources',
      ipv6_netmask_length: 'IPv6 block associations are AWS::EC2::VPCCidrBlock resources',
      enable_network_address_usage_metrics: 'not part of the AWS::EC2::VPC model',
      force_destroy: 'Terraform-only',
    },
  },
  aws_subnet: {
    cloudType: 'AWS::EC2::Subnet',
    identifier: byId,
    same: ['outpost_arn'],
    attributes: {
      vpc_id: { prop: 'VpcId', createOnly: true },
      cidr_block: { prop: 'CidrBlock', createOnly: true },
      availability_zone: { prop: 'AvailabilityZone', createOnly: true },
      availability_zone_id: { prop: 'AvailabilityZoneId', createOnly: true },
      map_public_ip_on_launch: { prop: 'MapPublicIpOnLaunch', transform: 'bool', default: false },
      assign_ipv6_address_on_creation: { prop: 'AssignIpv6AddressOnCreation', transform: 'bool', default: false },
      ipv6_cidr_block: { prop: 'Ipv6CidrBlock' },
      ipv6_native: { prop: 'Ipv6Native', transform: 'bool', default: false },
      enable_dns64: { prop: 'EnableDns64', transform: 'bool', default: false },
      private_dns_hostname_type_on_launch: { prop: 'PrivateDnsNameOptionsOnLaunch/HostnameType', default: 'ip-name' },
      enable_resource_name_dns_a_record_on_launch: { prop: 'PrivateDnsNameOptionsOnLaunch/EnableResourceNameDnsARecord', transform: 'bool', default: false },
      enable_resource_name_dns_aaaa_record_on_launch: { prop: 'PrivateDnsNameOptionsOnLaunch/EnableResourceNameDnsAAAARecord', transform: 'bool', default: false },
      tags,
    },
    notCompared: {
      enable_lni_at_device_index: 'write-only in the schema',
      customer_owned_ipv4_pool: 'Outposts customer-owned IPs are not part of the AWS::EC2::Subnet model',
      map_customer_owned_ip_on_launch: 'Outposts customer-owned IPs are not part of the AWS::EC2::Subnet model',
    },
  },
  aws_internet_gateway: {
    cloudType: 'AWS::EC2::InternetGateway',
    identifier: byId,
    attributes: { tags },
    notCompared: { vpc_id: gatewayAttachment },
  },
  // An AWS::EC2::VPCGatewayAttachment, identified by AttachmentType|VpcId: `IGW|vpc-...`. The state's id is
  // "<igw>:<vpc>". No identifier.config: the constant part is not an argument.
  aws_internet_gateway_attachment: {
    cloudType: 'AWS::EC2::VPCGatewayAttachment',
    identifier: { state: [{ const: 'IGW' }, { attr: 'vpc_id' }] },
    importId: '{internet_gateway_id}:{vpc_id}',
    attributes: {
      internet_gateway_id: { prop: 'InternetGatewayId' },
      vpc_id: { prop: 'VpcId', createOnly: true },
    },
  },
  aws_egress_only_internet_gateway: {
    cloudType: 'AWS::EC2::EgressOnlyInternetGateway',
    // id is the gateway id (eigw-...), the model's Id.
    identifier: byId,
    same: ['vpc_id', 'tags'],
  },
  aws_route_table: {
    cloudType: 'AWS::EC2::RouteTable',
    identifier: byId,
    attributes: { vpc_id: { prop: 'VpcId', createOnly: true }, tags },
    notCompared: {
      route: routeBlocks,
      propagating_vgws: 'route propagation is AWS::EC2::VPNGatewayRoutePropagation, which Cloud Control does not serve',
    },
  },
  // The VPC's main route table, adopted: id (and default_route_table_id) is its rtb-....
  aws_default_route_table: {
    cloudType: 'AWS::EC2::RouteTable',
    identifier: { state: [{ id: true }], config: ['default_route_table_id'] },
    identityAttributes: ['default_route_table_id'],
    same: ['tags'],
    notCompared: {
      route: routeBlocks,
      propagating_vgws: 'route propagation is AWS::EC2::VPNGatewayRoutePropagation, which Cloud Control does not serve',
    },
  },
  aws_route: {
    cloudType: 'AWS::EC2::Route',
    // primaryIdentifier is RouteTableId|CidrBlock (the destination); the state's id is `r-<table><hash>`, so both come
    // from attributes. IPv6 and prefix-list routes have an empty destination_cidr_block: their identifier cannot be built.
    identifier: { state: [{ attr: 'route_table_id' }, { attr: 'destination_cidr_block' }], config: ['route_table_id', 'destination_cidr_block'] },
    identityAttributes: ['route_table_id'],
    same: [
      'destination_cidr_block',
      'destination_prefix_list_id',
      'carrier_gateway_id',
      'core_network_arn',
      'gateway_id',
      'local_gateway_id',
      'nat_gateway_id',
      'network_interface_id',
      'transit_gateway_id',
      'vpc_endpoint_id',
      'vpc_peering_connection_id',
    ],
    attributes: {
      destination_ipv6_cidr_block: { prop: 'DestinationIpv6CidrBlock' },
      egress_only_gateway_id: { prop: 'EgressOnlyInternetGatewayId' },
    },
  },
  aws_network_acl: {
    cloudType: 'AWS::EC2::NetworkAcl',
    // id is the ACL id (acl-...), the model's Id.
    identifier: byId,
    same: ['vpc_id', 'tags'],
    notCompared: { ingress: aclEntries, egress: aclEntries, subnet_ids: aclSubnets },
  },
  // The VPC's default ACL, adopted: id (and default_network_acl_id) is its acl-....
  aws_default_network_acl: {
    cloudType: 'AWS::EC2::NetworkAcl',
    identifier: { state: [{ id: true }], config: ['default_network_acl_id'] },
    identityAttributes: ['default_network_acl_id'],
    same: ['tags'],
    notCompared: { ingress: aclEntries, egress: aclEntries, subnet_ids: aclSubnets },
  },
  aws_eip: {
    cloudType: 'AWS::EC2::EIP',
    // primaryIdentifier is PublicIp|AllocationId; Terraform's id is the allocation id.
    identifier: { state: [{ attr: 'public_ip' }, { id: true }] },
    attributes: {
      domain: { prop: 'Domain', transform: 'enumCI', default: 'vpc' },
      instance: { prop: 'InstanceId' },
      public_ipv4_pool: { prop: 'PublicIpv4Pool', default: 'amazon' },
      network_border_group: { prop: 'NetworkBorderGroup', createOnly: true },
      tags,
    },
    notCompared: {
      address: 'write-only in the schema',
      ipam_pool_id: 'write-only in the schema',
      network_interface: 'an association with a network interface is AWS::EC2::EIPAssociation, not part of the EIP model',
      associate_with_private_ip: 'an association with a private address is AWS::EC2::EIPAssociation, not part of the EIP model',
      customer_owned_ipv4_pool: 'Outposts customer-owned pools are not part of the AWS::EC2::EIP model',
    },
  },
  aws_eip_association: {
    cloudType: 'AWS::EC2::EIPAssociation',
    // id is the association id (eipassoc-...), the model's Id. Every property is create-only: another target is
    // another association.
    identifier: byId,
    same: ['allocation_id', 'instance_id', 'network_interface_id', 'private_ip_address'],
    notCompared: {
      allow_reassociation: 'Terraform-only (a flag of the associate call)',
      public_ip: 'naming the address itself is EC2-Classic (the model\'s deprecated EIP); in a VPC the allocation id names it, and that is compared',
    },
  },
  aws_nat_gateway: {
    cloudType: 'AWS::EC2::NatGateway',
    // id is the NAT gateway id (nat-...).
    identifier: byId,
    same: ['allocation_id', 'subnet_id', 'vpc_id', 'secondary_allocation_ids', 'secondary_private_ip_addresses', 'secondary_private_ip_address_count', 'tags'],
    attributes: {
      connectivity_type: { default: 'public' },
      availability_mode: { default: 'zonal' },
      private_ip: { prop: 'PrivateIpAddress' },
      availability_zone_address: { prop: 'AvailabilityZoneAddresses', set: true },
    },
  },
  aws_vpc_endpoint: {
    cloudType: 'AWS::EC2::VPCEndpoint',
    // id is the endpoint id (vpce-...), the model's Id.
    identifier: byId,
    same: [
      'vpc_id',
      'service_name',
      'vpc_endpoint_type',
      'ip_address_type',
      'route_table_ids',
      'subnet_ids',
      'security_group_ids',
      'resource_configuration_arn',
      'service_network_arn',
      'service_region',
      'tags',
    ],
    attributes: {
      vpc_endpoint_type: { default: 'Gateway' },
      private_dns_enabled: { transform: 'bool', default: false },
      // A JSON string in Terraform, a document in the model.
      policy: { prop: 'PolicyDocument', transform: 'json' },
      dns_options: {
        prop: 'DnsOptions',
        single: true,
        items: {
          dns_record_ip_type: { prop: 'DnsRecordIpType' },
          private_dns_only_for_inbound_resolver_endpoint: {
            prop: 'PrivateDnsOnlyForInboundResolverEndpoint',
            transform: { boolToString: ['OnlyInboundResolver', 'AllResolvers'] },
          },
        },
      },
    },
    notCompared: {
      auto_accept: 'accepting the connection on the service side is not part of the endpoint model',
      subnet_configuration: 'per-subnet addresses are not part of the AWS::EC2::VPCEndpoint model',
    },
  },
  aws_network_interface: {
    cloudType: 'AWS::EC2::NetworkInterface',
    // id is the interface id (eni-...), the model's Id.
    identifier: byId,
    same: ['subnet_id', 'description', 'interface_type', 'tags'],
    attributes: {
      source_dest_check: { transform: 'bool', default: true },
      security_groups: { prop: 'GroupSet', set: true },
      private_ip: { prop: 'PrivateIpAddress' },
      private_ips_count: { prop: 'SecondaryPrivateIpAddressCount', transform: 'number' },
      ipv4_prefix_count: { prop: 'Ipv4PrefixCount', transform: 'number' },
      ipv6_address_count: { prop: 'Ipv6AddressCount', transform: 'number' },
      ipv6_prefix_count: { prop: 'Ipv6PrefixCount', transform: 'number' },
      enable_primary_ipv6: { prop: 'EnablePrimaryIpv6', transform: 'bool', default: false },
      // Addresses and prefixes in Terraform, [{PrivateIpAddress, Primary}], [{Ipv6Address}] ... in the model, in no order
      // (which of the private_ip_list is the primary is private_ip's business).
      private_ips: { prop: 'PrivateIpAddresses', transform: { listOf: 'PrivateIpAddress' }, set: true },
      private_ip_list: { prop: 'PrivateIpAddresses', transform: { listOf: 'PrivateIpAddress' }, set: true },
      ipv4_prefixes: { prop: 'Ipv4Prefixes', transform: { listOf: 'Ipv4Prefix' }, set: true },
      ipv6_addresses: { prop: 'Ipv6Addresses', transform: { listOf: 'Ipv6Address' }, set: true },
      ipv6_address_list: { prop: 'Ipv6Addresses', transform: { listOf: 'Ipv6Address' }, set: true },
      ipv6_prefixes: { prop: 'Ipv6Prefixes', transform: { listOf: 'Ipv6Prefix' }, set: true },
    },
    notCompared: {
      private_ip_list_enabled: 'Terraform-only (chooses between private_ips and private_ip_list)',
      ipv6_address_list_enabled: 'Terraform-only (chooses between ipv6_addresses and ipv6_address_list)',
      attachment: 'an attachment is AWS::EC2::NetworkInterfaceAttachment, not part of the interface model',
    },
  },
  aws_flow_log: {
    cloudType: 'AWS::EC2::FlowLog',
    // id is the flow log id (fl-...), the model's Id.
    identifier: byId,
    same: ['log_destination', 'log_format', 'deliver_cross_account_role', 'destination_options', 'traffic_type', 'tags'],
    attributes: {
      log_destination_type: { default: 'cloud-watch-logs' },
      max_aggregation_interval: { default: 600 },
      iam_role_arn: { prop: 'DeliverLogsPermissionArn' },
      // One of these names the resource logged, ResourceId in the model (its type is ResourceType).
      vpc_id: { prop: 'ResourceId' },
      subnet_id: { prop: 'ResourceId' },
      eni_id: { prop: 'ResourceId' },
      transit_gateway_id: { prop: 'ResourceId' },
      transit_gateway_attachment_id: { prop: 'ResourceId' },
      regional_nat_gateway_id: { prop: 'ResourceId' },
    },
  },
  aws_vpc_ipv4_cidr_block_association: {
    cloudType: 'AWS::EC2::VPCCidrBlock',
    // primaryIdentifier is Id|VpcId; the state's id is the association id (vpc-cidr-assoc-...).
    identifier: { state: [{ id: true }, { attr: 'vpc_id' }] },
    identityAttributes: ['vpc_id'],
    same: ['cidr_block'],
    notCompared: { ipv4_ipam_pool_id: 'write-only in the schema', ipv4_netmask_length: 'write-only in the schema' },
  },
  aws_vpc_dhcp_options: {
    cloudType: 'AWS::EC2::DHCPOptions',
    // id is the options set id (dopt-...).
    identifier: byId,
    same: ['domain_name', 'domain_name_servers', 'netbios_name_servers', 'netbios_node_type', 'ntp_servers', 'tags'],
    // Seconds on both sides (a numeric string in Terraform).
    attributes: { ipv6_address_preferred_lease_time: { prop: 'Ipv6AddressPreferredLeaseTime', transform: 'number' } },
  },
  aws_vpc_dhcp_options_association: {
    cloudType: 'AWS::EC2::VPCDHCPOptionsAssociation',
    // primaryIdentifier is DhcpOptionsId|VpcId, both arguments (the state's id is "<dopt>-<vpc>"); Terraform imports by the VPC id.
    identifier: { state: [{ attr: 'dhcp_options_id' }, { attr: 'vpc_id' }], config: ['dhcp_options_id', 'vpc_id'] },
    importId: '{vpc_id}',
    // Both are the identifier: another options set on the VPC is another association (this one missing).
    same: ['dhcp_options_id', 'vpc_id'],
  },
  aws_vpc_peering_connection: {
    cloudType: 'AWS::EC2::VPCPeeringConnection',
    // id is the peering connection id (pcx-...), the model's Id.
    identifier: byId,
    same: ['vpc_id', 'peer_vpc_id', 'peer_owner_id', 'peer_region', 'tags'],
    notCompared: {
      auto_accept: 'accepting is an action, not part of the model',
      accepter: peeringOptions,
      requester: peeringOptions,
    },
  },
  // The accepter side of a peering connection requested elsewhere: the same AWS::EC2::VPCPeeringConnection, read in the
  // accepter's account and region. Its computed vpc_id/peer_* name the sides the other way round from the model, and
  // only tags are arguments with a counterpart.
  aws_vpc_peering_connection_accepter: {
    cloudType: 'AWS::EC2::VPCPeeringConnection',
    identifier: { state: [{ id: true }], config: ['vpc_peering_connection_id'] },
    identityAttributes: ['vpc_peering_connection_id'],
    same: ['tags'],
    notCompared: {
      auto_accept: 'accepting is an action, not part of the model',
      accepter: peeringOptions,
      requester: peeringOptions,
    },
  },
  aws_vpc_ipam: {
    cloudType: 'AWS::EC2::IPAM',
    // id is the IPAM id (ipam-...).
    identifier: byId,
    same: ['description', 'operating_regions', 'tags'],
    attributes: {
      tier: { default: 'advanced' },
      enable_private_gua: { transform: 'bool', default: false },
      metered_account: { default: 'ipam-owner' },
    },
    notCompared: { cascade: 'Terraform-only (how the IPAM is deleted)' },
  },
  aws_vpc_ipam_pool: {
    cloudType: 'AWS::EC2::IPAMPool',
    // id is the pool id (ipam-pool-...).
    identifier: byId,
    same: [
      'address_family',
      'ipam_scope_id',
      'source_ipam_pool_id',
      'locale',
      'description',
      'allocation_default_netmask_length',
      'allocation_max_netmask_length',
      'allocation_min_netmask_length',
      'allocation_resource_tags',
      'aws_service',
      'public_ip_source',
      'publicly_advertisable',
      'tags',
    ],
    attributes: { auto_import: { transform: 'bool', default: false } },
    notCompared: { cascade: 'Terraform-only (how the pool is deleted)' },
  },
  aws_vpc_ipam_pool_cidr: {
    cloudType: 'AWS::EC2::IPAMPoolCidr',
    // primaryIdentifier is IpamPoolId|IpamPoolCidrId; the state's id is `<cidr>_<pool id>`, ipam_pool_cidr_id is AWS's.
    identifier: { state: [{ attr: 'ipam_pool_id' }, { attr: 'ipam_pool_cidr_id' }] },
    identityAttributes: ['ipam_pool_id'],
    same: ['cidr', 'netmask_length'],
    notCompared: { cidr_authorization_context: 'BYOIP authorization is used once when provisioning, not part of the model' },
  },
  aws_vpc_block_public_access_exclusion: {
    cloudType: 'AWS::EC2::VPCBlockPublicAccessExclusion',
    // id is the exclusion id.
    identifier: byId,
    same: ['vpc_id', 'subnet_id', 'internet_gateway_exclusion_mode', 'tags'],
  },
  aws_vpc_block_public_access_options: {
    cloudType: 'AWS::EC2::VPCBlockPublicAccessOptions',
    // One per account and region; primaryIdentifier is AccountId, the state's id is the region.
    identifier: { state: [{ attr: 'aws_account_id' }] },
    same: ['internet_gateway_block_mode'],
  },
  aws_customer_gateway: {
    cloudType: 'AWS::EC2::CustomerGateway',
    // id is the customer gateway id (cgw-...).
    identifier: byId,
    // bgp_asn is a string in Terraform, an integer in the model: compared as numbers.
    same: ['bgp_asn', 'bgp_asn_extended', 'certificate_arn', 'device_name', 'ip_address', 'type', 'tags'],
  },
  aws_vpn_gateway: {
    cloudType: 'AWS::EC2::VPNGateway',
    // id is the virtual private gateway id (vgw-...).
    identifier: byId,
    same: ['amazon_side_asn', 'tags'],
    notCompared: { vpc_id: gatewayAttachment, availability_zone: 'not part of the AWS::EC2::VPNGateway model' },
  },
  // An AWS::EC2::VPCGatewayAttachment, identified by AttachmentType|VpcId: `VGW|vpc-...` (the state's id is
  // "vpn-attachment-<hash>").
  aws_vpn_gateway_attachment: {
    cloudType: 'AWS::EC2::VPCGatewayAttachment',
    identifier: { state: [{ const: 'VGW' }, { attr: 'vpc_id' }] },
    attributes: {
      vpn_gateway_id: { prop: 'VpnGatewayId' },
      vpc_id: { prop: 'VpcId', createOnly: true },
    },
  },
  aws_vpn_connection: {
    cloudType: 'AWS::EC2::VPNConnection',
    // id is the VPN connection id (vpn-...).
    identifier: byId,
    same: [
      'customer_gateway_id',
      'vpn_gateway_id',
      'transit_gateway_id',
      'transport_transit_gateway_attachment_id',
      'vpn_concentrator_id',
      'type',
      'tags',
    ],
    attributes: {
      static_routes_only: { transform: 'bool', default: false },
      enable_acceleration: { transform: 'bool', default: false },
      outside_ip_address_type: { default: 'PublicIpv4' },
      tunnel_inside_ip_version: { default: 'ipv4' },
      tunnel_bandwidth: { default: 'standard' },
      local_ipv4_network_cidr: { prop: 'LocalIpv4NetworkCidr', default: '0.0.0.0/0' },
      remote_ipv4_network_cidr: { prop: 'RemoteIpv4NetworkCidr', default: '0.0.0.0/0' },
      local_ipv6_network_cidr: { prop: 'LocalIpv6NetworkCidr', default: '::/0' },
      remote_ipv6_network_cidr: { prop: 'RemoteIpv6NetworkCidr', default: '::/0' },
    },
    notCompared: {
      preshared_key_storage: 'write-only in the schema',
      'tunnel1_* / tunnel2_*':
        'the model holds the two tunnels as an unordered list (VpnTunnelOptionsSpecifications) whose elements carry no tunnel number, so neither can be told apart',
    },
  },
};
