// EC2: instances, launch templates, volumes, key pairs, placement, transit gateways, VPC Lattice, Auto Scaling.
import type { TableEntry } from '../types';
import { byId, tags } from './common';

export const ENTRIES: Record<string, TableEntry> = {
  aws_instance: {
    cloudType: 'AWS::EC2::Instance',
    identifier: byId,
    attributes: {
      ami: { prop: 'ImageId', createOnly: true },
      instance_type: { prop: 'InstanceType' },
      subnet_id: { prop: 'SubnetId', createOnly: true },
      key_name: { prop: 'KeyName', createOnly: true },
      availability_zone: { prop: 'AvailabilityZone', createOnly: true },
      vpc_security_group_ids: { prop: 'SecurityGroupIds', set: true },
      security_groups: { prop: 'SecurityGroups', set: true },
      iam_instance_profile: { prop: 'IamInstanceProfile' },
      ebs_optimized: { prop: 'EbsOptimized', transform: 'bool' },
      monitoring: { prop: 'Monitoring', transform: 'bool', default: false },
      private_ip: { prop: 'PrivateIpAddress', createOnly: true },
      source_dest_check: { prop: 'SourceDestCheck', transform: 'bool', default: true },
      disable_api_termination: { prop: 'DisableApiTermination', transform: 'bool', default: false },
      instance_initiated_shutdown_behavior: { prop: 'InstanceInitiatedShutdownBehavior', transform: 'enumCI', default: 'stop' },
      tenancy: { prop: 'Tenancy', transform: 'enumCI', default: 'default' },
      tags,
    },
  },
};
