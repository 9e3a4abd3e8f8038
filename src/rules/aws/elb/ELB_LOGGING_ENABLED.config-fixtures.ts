import type { RuleCase } from '../../tester.js';
import { balancerArn, balancerV2Item, classicItem } from './items.js';

export default [
  {
    name: 'config: classic and application load balancers with and without access logs',
    items: [
      classicItem('classic-logged', {}, { LoadBalancerAttributes: { crossZoneLoadBalancing: { enabled: true }, accessLog: { enabled: true, s3BucketName: 'central-elb-logs', emitInterval: 60, s3BucketPrefix: 'web' } } }),
      classicItem('classic-silent'),
      balancerV2Item('app-logged', { 'access_logs.s3.enabled': 'true', 'access_logs.s3.bucket': 'central-elb-logs' }),
      balancerV2Item('app-silent'),
      classicItem('classic-unrecorded', {}, { LoadBalancerAttributes: undefined, LoadBalancerPolicies: undefined, Tags: undefined }),
    ],
    expect: {
      'classic-logged': 'COMPLIANT',
      'classic-silent': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      [balancerArn('app-logged')]: 'COMPLIANT',
      [balancerArn('app-silent')]: { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'classic-unrecorded': { status: 'INSUFFICIENT_DATA', messageId: 'unknownLogging' },
    },
  },
] satisfies RuleCase[];
