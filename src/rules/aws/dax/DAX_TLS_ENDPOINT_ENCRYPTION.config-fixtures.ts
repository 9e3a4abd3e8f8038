import type { RuleCase } from '../../tester.js';
import { daxClusterItem } from '../dynamodb/items.js';

export default [
  {
    name: 'config: DescribeClusters output with TLS, NONE, and the type not reported',
    items: [daxClusterItem('tls', { clusterEndpointEncryptionType: 'TLS' }), daxClusterItem('plain'), daxClusterItem('unreported', {}, ['clusterEndpointEncryptionType'])],
    expect: {
      tls: 'COMPLIANT',
      plain: { status: 'NON_COMPLIANT', messageId: 'noTls' },
      unreported: { status: 'INSUFFICIENT_DATA', messageId: 'unknownTls' },
    },
  },
] satisfies RuleCase[];
