import type { RuleCase } from '../../tester.js';
import { cacheClusterItem } from './items.js';

export default [
  {
    name: 'config: a cluster in its own subnet group, one in the default group, and one that did not report it',
    items: [cacheClusterItem('placed', { cacheSubnetGroupName: 'cache-private' }), cacheClusterItem('default-group'), cacheClusterItem('unreported', {}, ['cacheSubnetGroupName'])],
    expect: {
      placed: 'COMPLIANT',
      'default-group': { status: 'NON_COMPLIANT', messageId: 'defaultGroup' },
      unreported: { status: 'INSUFFICIENT_DATA', messageId: 'unknownGroup' },
    },
  },
] satisfies RuleCase[];
