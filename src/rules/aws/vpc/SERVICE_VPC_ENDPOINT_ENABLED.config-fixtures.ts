import { buildConfigurationItem as item } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

/** AWS::EC2::VPC (RDK example_ci) and AWS::EC2::VPCEndpoint as Config records them (aws-config-resource-schema). */
const vpc = (vpcId: string) => item('AWS::EC2::VPC', { vpcId, state: 'available', cidrBlock: '172.31.0.0/16', dhcpOptionsId: 'dopt-3a32ab5f', tags: [], instanceTenancy: 'default', isDefault: false });
const endpoint = (vpcEndpointId: string, vpcId: string, service: string, state: unknown = { value: 'available' }, type = 'Interface') =>
  item('AWS::EC2::VPCEndpoint', {
    vpcEndpointId,
    vpcEndpointType: type,
    vpcId,
    serviceName: `com.amazonaws.us-east-1.${service}`,
    state,
    routeTableIds: [],
    subnetIds: type === 'Interface' ? ['subnet-1aaccc7f'] : [],
    groups: type === 'Interface' ? [{ groupId: 'sg-0d46b170', groupName: 'endpoints' }] : [],
    ipAddressType: 'ipv4',
    privateDnsEnabled: type === 'Interface',
    requesterManaged: false,
    networkInterfaceIds: [],
    dnsEntries: [],
    creationTimestamp: '2026-03-01T10:00:00.000Z',
    ownerId: '123456789012',
  }, { resourceId: vpcEndpointId });

export default [
  {
    name: 'config: an available ec2 endpoint, only an S3 gateway endpoint, a failed ec2 endpoint',
    items: [
      vpc('vpc-served'),
      vpc('vpc-s3only'),
      vpc('vpc-failed'),
      endpoint('vpce-0ec2', 'vpc-served', 'ec2'),
      endpoint('vpce-0s3', 'vpc-s3only', 's3', { value: 'available' }, 'Gateway'),
      endpoint('vpce-0bad', 'vpc-failed', 'ec2', { value: 'failed' }),
    ],
    expect: {
      'vpc-served': { status: 'COMPLIANT', messageIncludes: 'com.amazonaws.us-east-1.ec2' },
      'vpc-s3only': { status: 'NON_COMPLIANT', messageId: 'noEndpoint' },
      'vpc-failed': { status: 'NON_COMPLIANT', messageId: 'noEndpoint' },
    },
  },
  {
    name: 'config: serviceName s3 finds the gateway endpoint',
    params: { serviceName: 's3' },
    items: [vpc('vpc-main'), endpoint('vpce-0s3', 'vpc-main', 's3', { value: 'available' }, 'Gateway')],
    expect: { 'vpc-main': { status: 'COMPLIANT', messageIncludes: 'vpce-0s3' } },
  },
  {
    name: 'config: an endpoint to another region\'s service (cross-region) does not serve the VPC\'s region',
    items: [vpc('vpc-main'), { ...endpoint('vpce-0far', 'vpc-main', 'ec2'), configuration: { ...(endpoint('vpce-0far', 'vpc-main', 'ec2').configuration as object), serviceName: 'com.amazonaws.eu-west-1.ec2' } }],
    expect: { 'vpc-main': { status: 'NON_COMPLIANT', messageId: 'noEndpoint' } },
  },
  {
    name: 'config: an endpoint whose state Config did not record is not known',
    items: [vpc('vpc-main'), endpoint('vpce-0ec2', 'vpc-main', 'ec2', null)],
    expect: { 'vpc-main': { status: 'INSUFFICIENT_DATA', messageId: 'unknownEndpoint' } },
  },
] satisfies RuleCase[];
