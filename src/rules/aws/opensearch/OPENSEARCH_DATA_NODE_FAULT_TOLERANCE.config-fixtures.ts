import type { RuleCase } from '../../tester.js';
import { openSearchDomainItem } from './items.js';

export default [
  {
    name: 'config: three nodes over three zones, one node, and an unrecorded cluster',
    items: [
      openSearchDomainItem('tolerant', { ClusterConfig: { InstanceType: 'r6g.large.search', InstanceCount: 3, DedicatedMasterEnabled: false, ZoneAwarenessEnabled: true, ZoneAwarenessConfig: { AvailabilityZoneCount: 3 }, WarmEnabled: false } }),
      openSearchDomainItem('single'),
      openSearchDomainItem('unrecorded', {}, ['ClusterConfig']),
    ],
    expect: {
      tolerant: 'COMPLIANT',
      single: { status: 'NON_COMPLIANT', messageId: 'tooFewNodes' },
      unrecorded: { status: 'INSUFFICIENT_DATA', messageId: 'unknownTolerance' },
    },
  },
] satisfies RuleCase[];
