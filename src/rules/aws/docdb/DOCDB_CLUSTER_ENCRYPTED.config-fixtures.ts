import type { RuleCase } from '../../tester.js';
import { dbClusterItem } from './items.js';

const KEY = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';

export default [
  {
    name: 'config: DocumentDB clusters (AWS::RDS::DBCluster, engine docdb) encrypted and not, encryption not recorded, and an Aurora cluster',
    items: [
      dbClusterItem('catalog', 'docdb', { storageEncrypted: true, kmsKeyId: KEY }),
      dbClusterItem('plain', 'docdb'),
      dbClusterItem('unrecorded', 'docdb', {}, ['storageEncrypted']),
      dbClusterItem('aurora', 'aurora-mysql'),
    ],
    expect: {
      'cluster-CATALOG': 'COMPLIANT',
      'cluster-PLAIN': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
      'cluster-UNRECORDED': { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption' },
      'cluster-AURORA': { status: 'NOT_APPLICABLE', messageId: 'otherEngine' },
    },
  },
  {
    name: 'config: kmsKeyArns against the recorded key ARN',
    params: { kmsKeyArns: KEY },
    items: [dbClusterItem('listed', 'docdb', { storageEncrypted: true, kmsKeyId: KEY }), dbClusterItem('other', 'docdb', { storageEncrypted: true, kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/aws-rds' })],
    expect: {
      'cluster-LISTED': 'COMPLIANT',
      'cluster-OTHER': { status: 'NON_COMPLIANT', messageId: 'keyNotAllowed' },
    },
  },
] satisfies RuleCase[];
