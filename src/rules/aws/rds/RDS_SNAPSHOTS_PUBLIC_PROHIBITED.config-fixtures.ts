import type { RuleCase } from '../../tester.js';
import { dbClusterSnapshotItem, dbSnapshotItem } from './fixture-items.js';

export default [
  {
    name: 'config: DB and cluster snapshots, public, shared and private, as Config records their restore attribute',
    items: [
      dbSnapshotItem('orders-42'),
      dbSnapshotItem('orders-demo', { encrypted: false, kmsKeyId: undefined }, ['all']),
      dbSnapshotItem('orders-partner', {}, ['111122223333']),
      dbClusterSnapshotItem('analytics-42'),
      dbClusterSnapshotItem('analytics-demo', { storageEncrypted: false, kmsKeyId: undefined }, ['all']),
      dbSnapshotItem('orders-api', { encrypted: false, kmsKeyId: undefined }, ['all'], { form: 'api' }),
    ],
    expect: {
      'orders-42': { status: 'COMPLIANT', messageId: 'private', path: ['DBSnapshotAttributes'] },
      'orders-demo': { status: 'NON_COMPLIANT', messageId: 'public' },
      'orders-partner': { status: 'COMPLIANT', messageId: 'shared' },
      'analytics-42': { status: 'COMPLIANT', messageId: 'private' },
      'analytics-demo': { status: 'NON_COMPLIANT', messageId: 'public', path: ['DBClusterSnapshotAttributes'] },
      'orders-api': { status: 'NON_COMPLIANT', messageId: 'public' },
    },
  },
  {
    name: 'config: a snapshot item without supplementary configuration, and a malformed attribute list',
    items: [
      dbSnapshotItem('orders-unrecorded', {}, [], { supplementaryConfiguration: {} }),
      dbSnapshotItem('orders-malformed', {}, [], { supplementaryConfiguration: { DBSnapshotAttributes: { attributeName: 'restore', attributeValues: ['all'] }, Tags: [] } }),
    ],
    expect: {
      'orders-unrecorded': { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'did not record' },
      'orders-malformed': { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'malformed' },
    },
  },
] satisfies RuleCase[];
