import type { RuleCase } from '../../tester.js';
import { daxClusterItem } from '../dynamodb/items.js';

export default [
  {
    name: 'config: DescribeClusters output with encryption enabled, disabled, and not reported',
    items: [daxClusterItem('encrypted', { sSEDescription: { status: 'ENABLED' } }), daxClusterItem('plain'), daxClusterItem('unreported', {}, ['sSEDescription'])],
    expect: {
      encrypted: 'COMPLIANT',
      plain: { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
      unreported: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption' },
    },
  },
] satisfies RuleCase[];
