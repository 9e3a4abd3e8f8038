import type { RuleCase } from '../../tester.js';
import { groupArn, groupItem } from './items.js';

const TARGET_GROUP = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/abcd9b2e38491ce1';

export default [
  {
    name: 'config: ELB checks, EC2 checks with a classic load balancer, no load balancer, and target groups not recorded',
    items: [
      groupItem('checked', { targetGroupARNs: [TARGET_GROUP], healthCheckType: 'ELB' }),
      groupItem('unchecked', { loadBalancerNames: ['web'] }),
      groupItem('alone'),
      groupItem('unrecorded', {}, ['targetGroupARNs']),
    ],
    expect: {
      [groupArn('checked')]: 'COMPLIANT',
      [groupArn('unchecked')]: { status: 'NON_COMPLIANT', messageId: 'notElb' },
      [groupArn('alone')]: { status: 'NOT_APPLICABLE', messageId: 'noLoadBalancer' },
      [groupArn('unrecorded')]: { status: 'INSUFFICIENT_DATA', messageId: 'unknownHealthCheck' },
    },
  },
] satisfies RuleCase[];
