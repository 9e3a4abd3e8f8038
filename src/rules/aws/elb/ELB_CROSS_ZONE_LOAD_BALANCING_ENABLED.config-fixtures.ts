import type { RuleCase } from '../../tester.js';
import { classicItem } from './items.js';

export default [
  {
    name: 'config: cross-zone load balancing on, off, and not recorded',
    items: [
      classicItem('spread'),
      classicItem('zonal', {}, { LoadBalancerAttributes: { crossZoneLoadBalancing: { enabled: false }, accessLog: { enabled: false } } }),
      classicItem('unrecorded', {}, { LoadBalancerAttributes: { accessLog: { enabled: false } } }),
    ],
    expect: {
      spread: 'COMPLIANT',
      zonal: { status: 'NON_COMPLIANT', messageId: 'disabled' },
      unrecorded: { status: 'INSUFFICIENT_DATA', messageId: 'unknownCrossZone' },
    },
  },
] satisfies RuleCase[];
