import { buildConfigurationItem as item } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

/** AWS::EC2::VPC and AWS::EC2::FlowLog as Config records them (RDK example_ci). */
const vpc = (vpcId: string) => item('AWS::EC2::VPC', { vpcId, state: 'available', cidrBlock: '172.31.0.0/16', dhcpOptionsId: 'dopt-3a32ab5f', tags: [], instanceTenancy: 'default', isDefault: false });
const flowLog = (flowLogId: string, resourceId: string, trafficType: string) =>
  item('AWS::EC2::FlowLog', { creationTime: 1645467320361, deliverLogsPermissionArn: 'arn:aws:iam::123456789012:role/flow-logs', deliverLogsStatus: 'SUCCESS', flowLogId, flowLogStatus: 'ACTIVE', logGroupName: 'vpc-flow-logs', resourceId, trafficType, logDestinationType: 'cloud-watch-logs', maxAggregationInterval: 600, tags: [] });

export default [
  {
    name: 'config: a logged VPC, an unlogged one, and one logging rejected traffic only',
    params: { trafficType: 'ALL' },
    items: [vpc('vpc-logged'), vpc('vpc-unlogged'), vpc('vpc-rejects'), flowLog('fl-all', 'vpc-logged', 'ALL'), flowLog('fl-reject', 'vpc-rejects', 'REJECT'), flowLog('fl-subnet', 'subnet-1aaccc7f', 'ALL')],
    expect: {
      'vpc-logged': { status: 'COMPLIANT', messageId: 'enabled' },
      'vpc-unlogged': { status: 'NON_COMPLIANT', messageId: 'noFlowLog' },
      'vpc-rejects': { status: 'NON_COMPLIANT', messageId: 'wrongTrafficType' },
    },
  },
] satisfies RuleCase[];
