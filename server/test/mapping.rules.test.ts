// The mapping rules an aws_* entry can use beyond a plain property name, each on an entry built against the real
// schemas (buildTableMapping): what it makes equal, and that a real change is still a change.
import { strict as assert } from 'node:assert';
import { compareResource, type ExpectedValues, type ResourceInstance } from '../src/engine/compare/api';
import { identifierFromState } from '../src/engine/compare/resolve';
import { buildTableMapping } from '../src/engine/mapping/build';
import { mappingFor, whyUnsupported } from '../src/engine/mapping/index';
import type { TableEntry } from '../src/engine/mapping/types';
import { planRevert } from '../src/engine/revert';
import { importIdFor } from '../src/engine/edit';
import type { JsonValue } from '../src/engine/scan/types';

function check(type: string, entry: TableEntry, code: Record<string, JsonValue>, live: Record<string, unknown>) {
  const problems: string[] = [];
  const mapping = buildTableMapping(type, entry, problems);
  assert.deepEqual(problems, [], 'the entry fits the schemas');
  const instance: ResourceInstance = { address: `${type}.t`, modulePath: '', type, name: 't', sensitivePaths: [], providerKey: 'aws', mapping, cloudType: mapping.cloudType, identifier: 'x', stateAttributes: { id: 'x' } };
  const expected: ExpectedValues = Object.fromEntries(Object.entries(code).map(([k, v]) => [k, { value: v, source: 'config' as const }]));
  const r = compareResource(instance, expected, live);
  return { status: r.status, diffs: r.differences.map((d) => [d.path, d.kind]), plan: () => planRevert(instance, expected, live) };
}

describe('mapping rules', () => {
  it('mapOf: a map against a list of {Name, Value} (alarm dimensions)', () => {
    const entry: TableEntry = { cloudType: 'AWS::CloudWatch::Alarm', identifier: { state: [{ id: true }] }, attributes: { dimensions: { prop: 'Dimensions', transform: { mapOf: ['Name', 'Value'] } } } };
    const live = { AlarmName: 'a', Dimensions: [{ Name: 'QueueName', Value: 'jobs' }, { Name: 'Env', Value: 'prod' }] };
    assert.deepEqual(check('aws_cloudwatch_metric_alarm', entry, { dimensions: { Env: 'prod', QueueName: 'jobs' } }, live).diffs, []);
    assert.deepEqual(check('aws_cloudwatch_metric_alarm', entry, { dimensions: { Env: 'prod', QueueName: 'other' } }, live).diffs, [['dimensions.QueueName', 'changed']]);
    const p = check('aws_cloudwatch_metric_alarm', entry, { dimensions: { Env: 'prod', QueueName: 'other' } }, live).plan();
    assert.deepEqual(p.patch, [{ op: 'replace', path: '/Dimensions', value: [{ Name: 'Env', Value: 'prod' }, { Name: 'QueueName', Value: 'other' }] }]);
  });

  it('where/field: one field of the list element with given properties (SNS delivery status logging)', () => {
    const entry: TableEntry = {
      cloudType: 'AWS::SNS::Topic',
      identifier: { state: [{ id: true }] },
      attributes: { lambda_success_feedback_role_arn: { prop: 'DeliveryStatusLogging', transform: { where: { Protocol: 'lambda' }, field: 'SuccessFeedbackRoleArn' } } },
    };
    const live = { TopicArn: 'arn:aws:sns:eu-west-1:1:t', DeliveryStatusLogging: [{ Protocol: 'sqs', SuccessFeedbackRoleArn: 'arn:aws:iam::1:role/sqs' }, { Protocol: 'lambda', SuccessFeedbackRoleArn: 'arn:aws:iam::1:role/fn' }] };
    assert.deepEqual(check('aws_sns_topic', entry, { lambda_success_feedback_role_arn: 'arn:aws:iam::1:role/fn' }, live).diffs, []);
    const c = check('aws_sns_topic', entry, { lambda_success_feedback_role_arn: 'arn:aws:iam::1:role/other' }, live);
    assert.deepEqual(c.diffs, [['lambda_success_feedback_role_arn', 'changed']]);
    assert.deepEqual(c.plan().patch, [{ op: 'replace', path: '/DeliveryStatusLogging', value: [live.DeliveryStatusLogging[0], { Protocol: 'lambda', SuccessFeedbackRoleArn: 'arn:aws:iam::1:role/other' }] }]);
  });

  it('protocol: a name and its number alike; listOf: one value against a list of one object', () => {
    const entry: TableEntry = { cloudType: 'AWS::EC2::SecurityGroupIngress', identifier: { state: [{ id: true }] }, attributes: { ip_protocol: { prop: 'IpProtocol', transform: 'protocol' } } };
    assert.deepEqual(check('aws_vpc_security_group_ingress_rule', entry, { ip_protocol: '6' }, { Id: 'sgr-1', IpProtocol: 'tcp' }).diffs, []);
    assert.deepEqual(check('aws_vpc_security_group_ingress_rule', entry, { ip_protocol: 'udp' }, { Id: 'sgr-1', IpProtocol: 'tcp' }).diffs, [['ip_protocol', 'changed']]);
    const listener: TableEntry = { cloudType: 'AWS::ElasticLoadBalancingV2::Listener', identifier: { state: [{ id: true }] }, attributes: { certificate_arn: { prop: 'Certificates', transform: { listOf: 'CertificateArn' } } } };
    const live = { ListenerArn: 'l', Certificates: [{ CertificateArn: 'arn:aws:acm:eu-west-1:1:certificate/a' }] };
    assert.deepEqual(check('aws_lb_listener', listener, { certificate_arn: 'arn:aws:acm:eu-west-1:1:certificate/a' }, live).diffs, []);
    assert.deepEqual(check('aws_lb_listener', listener, { certificate_arn: 'arn:aws:acm:eu-west-1:1:certificate/b' }, live).diffs, [['certificate_arn', 'changed']]);
  });

  it('blocksAsMap: {name, value} blocks against a map, only the names the code sets; versionPrefix: 16 is 16.4', () => {
    const entry: TableEntry = { cloudType: 'AWS::RDS::DBParameterGroup', identifier: { state: [{ id: true }] }, attributes: { parameter: { prop: 'Parameters', transform: { blocksAsMap: ['name', 'value'] } } } };
    const live = { DBParameterGroupName: 'p', Parameters: { log_min_duration_statement: '500', max_connections: '100' } };
    const code = (v: string) => ({ parameter: [{ name: 'log_min_duration_statement', value: v, apply_method: 'immediate' }] });
    assert.deepEqual(check('aws_db_parameter_group', entry, code('500'), live).diffs, [], 'a default the code does not set is not drift');
    const c = check('aws_db_parameter_group', entry, code('100'), live);
    assert.deepEqual(c.diffs, [['parameter', 'changed']]);
    assert.deepEqual(c.plan().patch, [{ op: 'replace', path: '/Parameters', value: { log_min_duration_statement: '100', max_connections: '100' } }]);
    const db: TableEntry = { cloudType: 'AWS::RDS::DBInstance', identifier: { state: [{ id: true }] }, attributes: { engine_version: { prop: 'EngineVersion', transform: 'versionPrefix' } } };
    assert.deepEqual(check('aws_db_instance', db, { engine_version: '16' }, { DBInstanceIdentifier: 'd', EngineVersion: '16.4' }).diffs, []);
    assert.deepEqual(check('aws_db_instance', db, { engine_version: '15' }, { DBInstanceIdentifier: 'd', EngineVersion: '16.4' }).diffs, [['engine_version', 'changed']]);
    assert.deepEqual(check('aws_db_instance', db, { engine_version: '16.1' }, { DBInstanceIdentifier: 'd', EngineVersion: '16.10' }).diffs, [['engine_version', 'changed']], 'a prefix ends at a dot');
  });

  it('an empty block is there for its presence: `allow {}` gone live is drift, `none {}` against None: {} is not', () => {
    const entry: TableEntry = { cloudType: 'AWS::WAFv2::WebACL', identifier: { state: [{ id: true }] }, same: ['default_action'] };
    const live = { Name: 'w', Id: 'i', Scope: 'REGIONAL', DefaultAction: { Block: {} } };
    assert.deepEqual(check('aws_wafv2_web_acl', entry, { default_action: [{ block: [{}] }] }, live).diffs, []);
    assert.deepEqual(check('aws_wafv2_web_acl', entry, { default_action: [{ allow: [{}] }] }, live).diffs, [['default_action[0].allow', 'removed']]);
  });

  it('identifier parts: a constant, the first attribute that is set', () => {
    const m = buildTableMapping('aws_route', { cloudType: 'AWS::EC2::Route', identifier: { state: [{ attr: 'route_table_id' }, { attr: 'destination_cidr_block', or: ['destination_ipv6_cidr_block'] }] }, same: ['route_table_id'] });
    assert.equal(identifierFromState(m, { route_table_id: 'rtb-1', destination_cidr_block: '', destination_ipv6_cidr_block: '::/0' }), 'rtb-1|::/0');
    assert.deepEqual(identifierFromState(m, { route_table_id: 'rtb-1' }), { missing: 'no destination_cidr_block or destination_ipv6_cidr_block' });
    const g = buildTableMapping('aws_internet_gateway_attachment', { cloudType: 'AWS::EC2::VPCGatewayAttachment', identifier: { state: [{ const: 'IGW' }, { attr: 'vpc_id' }] }, same: [] });
    assert.equal(identifierFromState(g, { vpc_id: 'vpc-1' }), 'IGW|vpc-1');
  });

  it('a CloudFormation type Cloud Control cannot read is not mapped, and says why', () => {
    assert.equal(mappingFor('awscc_route53_record_set'), undefined);
    assert.match(whyUnsupported('awscc_route53_record_set')!, /AWS::Route53::RecordSet, which Cloud Control cannot read \(it has no read handler\)/);
    const problems: string[] = [];
    buildTableMapping('aws_route53_record', { cloudType: 'AWS::Route53::RecordSet', identifier: { state: [{ id: true }] } }, problems);
    assert.ok(problems.some((p) => /no read handler/.test(p)), problems.join('; '));
  });
});

describe('import IDs from the provider documentation', () => {
  it('a template of Terraform attributes, live properties or identifier parts; a best guess, said so, when one is not known', () => {
    assert.deepEqual(importIdFor('aws_iam_role_policy_attachment', 'app', { attrs: { role: 'app', policy_arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' } }), {
      id: 'app/arn:aws:iam::aws:policy/ReadOnlyAccess',
      exact: true,
    });
    assert.deepEqual(importIdFor('aws_iam_role_policy_attachment', 'app'), { id: 'app', exact: false });
    assert.deepEqual(importIdFor('aws_wafv2_web_acl', 'edge|a1b2|REGIONAL', { live: { Name: 'edge', Id: 'a1b2', Scope: 'REGIONAL' } }), { id: 'a1b2/edge/REGIONAL', exact: true });
    // A path into a block; every piece of a split id must be known, else the id is a guess.
    assert.deepEqual(
      importIdFor('aws_ssoadmin_customer_managed_policy_attachment', 'arn:i|arn:ps', { attrs: { customer_managed_policy_reference: [{ name: 'p', path: '/' }] } }),
      { id: 'p,/,arn:ps,arn:i', exact: true },
    );
    assert.deepEqual(importIdFor('aws_ssoadmin_managed_policy_attachment', 'arn:i|arn:ps'), { id: 'arn:i|arn:ps', exact: false });
    // Without a template, the identifier rule run backwards.
    assert.deepEqual(importIdFor('aws_iam_role_policy', 'app-policy|app-role'), { id: 'app-role:app-policy', exact: true });
  });
});
