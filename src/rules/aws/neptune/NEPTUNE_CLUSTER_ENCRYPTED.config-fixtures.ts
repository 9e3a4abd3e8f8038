import type { RuleCase } from '../../tester.js';
import { dbClusterItem } from '../docdb/items.js';

export default [
  {
    name: 'config: Neptune clusters (AWS::RDS::DBCluster, engine neptune) encrypted and not, and a DocumentDB cluster',
    items: [dbClusterItem('graph', 'neptune', { storageEncrypted: true, kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/graph' }), dbClusterItem('plain', 'neptune'), dbClusterItem('catalog', 'docdb')],
    expect: {
      'cluster-GRAPH': 'COMPLIANT',
      'cluster-PLAIN': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
      'cluster-CATALOG': { status: 'NOT_APPLICABLE', messageId: 'otherEngine' },
    },
  },
] satisfies RuleCase[];
