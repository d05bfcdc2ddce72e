// Networking: VPC, subnets, routing, gateways, addresses, network ACLs, DHCP, IPAM, peering, VPN, flow logs.
import type { TableEntry } from '../types';
import { byId, tags } from './common';

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
  aws_subnet: {
    cloudType: 'AWS::EC2::Subnet',
    identifier: byId,
    attributes: {
      vpc_id: { prop: 'VpcId', createOnly: true },
      cidr_block: { prop: 'CidrBlock', createOnly: true },
      availability_zone: { prop: 'AvailabilityZone', createOnly: true },
      availability_zone_id: { prop: 'AvailabilityZoneId', createOnly: true },
      map_public_ip_on_launch: { prop: 'MapPublicIpOnLaunch', transform: 'bool', default: false },
      assign_ipv6_address_on_creation: { prop: 'AssignIpv6AddressOnCreation', transform: 'bool', default: false },
      ipv6_cidr_block: { prop: 'Ipv6CidrBlock' },
      tags,
    },
  },
  aws_internet_gateway: {
    cloudType: 'AWS::EC2::InternetGateway',
    identifier: byId,
    // vpc_id is an attachment (AWS::EC2::VPCGatewayAttachment), not part of this model.
    attributes: { tags },
  },
  aws_route_table: {
    cloudType: 'AWS::EC2::RouteTable',
    identifier: byId,
    // Inline `route` blocks are AWS::EC2::Route resources in CloudFormation: not compared here.
    attributes: { vpc_id: { prop: 'VpcId', createOnly: true }, tags },
  },
  aws_eip: {
    cloudType: 'AWS::EC2::EIP',
    // primaryIdentifier is PublicIp|AllocationId; Terraform's id is the allocation id.
    identifier: { state: [{ attr: 'public_ip' }, { id: true }] },
    attributes: {
      domain: { prop: 'Domain', transform: 'enumCI' },
      instance: { prop: 'InstanceId' },
      public_ipv4_pool: { prop: 'PublicIpv4Pool' },
      network_border_group: { prop: 'NetworkBorderGroup', createOnly: true },
      tags,
    },
  },
};
