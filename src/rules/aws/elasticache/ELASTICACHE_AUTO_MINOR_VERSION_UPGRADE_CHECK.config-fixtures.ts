import type { RuleCase } from '../../tester.js';
import { cacheClusterItem } from './items.js';

export default [
  {
    name: 'config: upgrades on, off, a Memcached cluster, and not reported',
    items: [cacheClusterItem('on'), cacheClusterItem('off', { autoMinorVersionUpgrade: false }), cacheClusterItem('memcached', { engine: 'memcached', engineVersion: '1.6.22' }), cacheClusterItem('unreported', {}, ['autoMinorVersionUpgrade'])],
    expect: {
      on: 'COMPLIANT',
      off: { status: 'NON_COMPLIANT', messageId: 'disabled' },
      memcached: 'NOT_APPLICABLE',
      unreported: { status: 'INSUFFICIENT_DATA', messageId: 'unknownUpgrade' },
    },
  },
] satisfies RuleCase[];
