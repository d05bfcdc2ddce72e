// Management and governance: SSM, IAM Identity Center, Identity Store, RAM, Cognito, Firewall Manager, Config, Directory Service, CloudTrail, Transfer Family, CloudFormation, developer tools and the rest.
import type { TableEntry } from '../types';
import { byName } from './common';

export const ENTRIES: Record<string, TableEntry> = {
  aws_ssm_parameter: {
    cloudType: 'AWS::SSM::Parameter',
    identifier: byName('name'),
    attributes: {
      name: { prop: 'Name', createOnly: true },
      type: { prop: 'Type' },
      value: { prop: 'Value' },
      data_type: { prop: 'DataType', default: 'text' },
      // Description, Tier and AllowedPattern are write-only in AWS::SSM::Parameter (cfn-schemas.json).
      description: { prop: 'Description' },
      tier: { prop: 'Tier' },
      allowed_pattern: { prop: 'AllowedPattern' },
      // AWS::SSM::Parameter holds tags as a JSON object, not a list of {Key, Value}.
      tags: { prop: 'Tags', transform: 'tagMap' },
    },
  },
};
