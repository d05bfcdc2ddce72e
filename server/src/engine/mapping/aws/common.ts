// Pieces shared by the aws_* table's entries.
import type { AttributeMapping, IdentifierRule } from '../types';

export const tags: Partial<AttributeMapping> = { prop: 'Tags', transform: 'tags' };
/** Identified by the state's id, which a config attribute also holds (a bucket name, a role name). */
export const byName = (attr: string): IdentifierRule => ({ state: [{ id: true }], config: [attr] });
/** Identified by the state's id alone (a generated id or an ARN, unknown before the resource exists). */
export const byId: IdentifierRule = { state: [{ id: true }] };

export const sgRule: Record<string, AttributeMapping> = {
  from_port: { prop: 'FromPort', transform: 'number' },
  to_port: { prop: 'ToPort', transform: 'number' },
  protocol: { prop: 'IpProtocol', transform: 'enumCI' },
  cidr_blocks: { prop: 'CidrIp', set: true },
  ipv6_cidr_blocks: { prop: 'CidrIpv6', set: true },
  prefix_list_ids: { prop: 'SourcePrefixListId', set: true },
  security_groups: { prop: 'SourceSecurityGroupId', set: true },
  description: { prop: 'Description' },
};
export const sgEgressRule: Record<string, AttributeMapping> = {
  ...sgRule,
  prefix_list_ids: { prop: 'DestinationPrefixListId', set: true },
  security_groups: { prop: 'DestinationSecurityGroupId', set: true },
};
