import type { RuleCase } from '../../tester.js';
import { replicationGroupItem } from './items.js';

export default [
  {
    name: 'config: replication groups with and without in-transit encryption, and one that did not report it',
    items: [replicationGroupItem('tls', { transitEncryptionEnabled: true }), replicationGroupItem('plain'), replicationGroupItem('unreported', {}, ['transitEncryptionEnabled'])],
    expect: {
      tls: 'COMPLIANT',
      plain: { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
      unreported: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption' },
    },
  },
] satisfies RuleCase[];
