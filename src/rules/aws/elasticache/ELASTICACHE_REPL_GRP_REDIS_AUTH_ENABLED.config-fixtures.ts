import type { RuleCase } from '../../tester.js';
import { replicationGroupItem } from './items.js';

export default [
  {
    name: 'config: AUTH on, Redis 5 without AUTH, Redis 7 without AUTH, and no engine version reported',
    items: [
      replicationGroupItem('token', { engineVersion: '5.0.6', authTokenEnabled: true }),
      replicationGroupItem('open', { engineVersion: '5.0.6' }),
      replicationGroupItem('modern'),
      replicationGroupItem('unversioned', {}, ['engineVersion']),
    ],
    expect: {
      token: 'COMPLIANT',
      open: { status: 'NON_COMPLIANT', messageId: 'noAuth' },
      modern: { status: 'COMPLIANT', messageId: 'modernEngine' },
      unversioned: { status: 'INSUFFICIENT_DATA', messageId: 'unknownAuth' },
    },
  },
] satisfies RuleCase[];
