// Traffic: security groups and their rules, load balancers, Route 53, CloudFront, WAF, Network Firewall.
import type { TableEntry } from '../types';
import { byId, sgEgressRule, sgRule, tags } from './common';

export const ENTRIES: Record<string, TableEntry> = {
  aws_security_group: {
    cloudType: 'AWS::EC2::SecurityGroup',
    identifier: byId,
    attributes: {
      name: { prop: 'GroupName', createOnly: true },
      description: { prop: 'GroupDescription', createOnly: true, default: 'Managed by Terraform' },
      vpc_id: { prop: 'VpcId', createOnly: true },
      ingress: { prop: 'SecurityGroupIngress', set: true, transform: 'sgRules', items: sgRule },
      egress: { prop: 'SecurityGroupEgress', set: true, transform: 'sgRules', items: sgEgressRule },
      tags,
    },
  },
  aws_lb: {
    cloudType: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
    // id is the load balancer ARN.
    identifier: byId,
    attributes: {
      name: { prop: 'Name', createOnly: true },
      internal: { prop: 'Scheme', transform: { boolToString: ['internal', 'internet-facing'] }, createOnly: true, default: false },
      load_balancer_type: { prop: 'Type', transform: 'enumCI', createOnly: true, default: 'application' },
      ip_address_type: { prop: 'IpAddressType', transform: 'enumCI', default: 'ipv4' },
      subnets: { prop: 'Subnets', set: true },
      security_groups: { prop: 'SecurityGroups', set: true },
      // LoadBalancerAttributes: a list of {Key, Value} strings.
      enable_deletion_protection: { prop: 'LoadBalancerAttributes', transform: { keyValue: 'deletion_protection.enabled' }, default: false },
      idle_timeout: { prop: 'LoadBalancerAttributes', transform: { keyValue: 'idle_timeout.timeout_seconds' }, default: 60 },
      enable_http2: { prop: 'LoadBalancerAttributes', transform: { keyValue: 'routing.http2.enabled' }, default: true },
      drop_invalid_header_fields: { prop: 'LoadBalancerAttributes', transform: { keyValue: 'routing.http.drop_invalid_header_fields.enabled' }, default: false },
      enable_cross_zone_load_balancing: { prop: 'LoadBalancerAttributes', transform: { keyValue: 'load_balancing.cross_zone.enabled' } },
      tags,
    },
  },
  aws_route53_zone: {
    cloudType: 'AWS::Route53::HostedZone',
    // id is the zone id (Z...).
    identifier: byId,
    attributes: {
      name: { prop: 'Name', transform: 'dnsName', createOnly: true },
      comment: { prop: 'HostedZoneConfig/Comment', default: 'Managed by Terraform' },
      tags: { prop: 'HostedZoneTags', transform: 'tags' },
    },
  },
};
