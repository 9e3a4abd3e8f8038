import type { RuleCase } from '../../tester.js';
import { dbClusterItem } from './fixture-items.js';

export default [
  {
    name: 'config: encrypted and unencrypted clusters, and storageEncrypted not recorded',
    items: [
      dbClusterItem('orders'),
      dbClusterItem('reports', { engine: 'aurora-mysql', storageEncrypted: false, kmsKeyId: undefined }),
      dbClusterItem('unrecorded', { storageEncrypted: undefined }),
      dbClusterItem('api-form', { storageEncrypted: false, kmsKeyId: undefined }, { form: 'api' }),
    ],
    expect: {
      'cluster-ORDERS': { status: 'COMPLIANT', messageId: 'encrypted' },
      'cluster-REPORTS': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
      'cluster-UNRECORDED': { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncrypted' },
      'cluster-API-FORM': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
    },
  },
] satisfies RuleCase[];
