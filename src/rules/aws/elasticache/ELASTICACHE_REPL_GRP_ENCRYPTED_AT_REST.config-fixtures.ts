import { buildConfigurationItem as item } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

/** DescribeReplicationGroups output as Config / the periodic rule record it (camelCase describe shape). */
const group = (id: string, fields: Record<string, unknown>) =>
  item('AWS::ElastiCache::ReplicationGroup', { replicationGroupId: id, description: id, status: 'available', memberClusters: [`${id}-001`, `${id}-002`], automaticFailover: 'enabled', clusterEnabled: false, cacheNodeType: 'cache.t4g.small', transitEncryptionEnabled: true, ...fields }, { resourceId: id, resourceName: id });

const KEY = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';

export default [
  {
    name: 'config: replication groups with and without encryption at rest',
    items: [group('sessions', { atRestEncryptionEnabled: true }), group('queues', { atRestEncryptionEnabled: false }), group('unrecorded', {})],
    expect: {
      sessions: { status: 'COMPLIANT', messageId: 'encrypted' },
      queues: { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
      unrecorded: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption' },
    },
  },
  {
    name: 'config: approved keys',
    params: { approvedKMSKeyIds: KEY },
    items: [group('approved', { atRestEncryptionEnabled: true, kmsKeyId: KEY }), group('default-key', { atRestEncryptionEnabled: true })],
    expect: {
      approved: 'COMPLIANT',
      'default-key': { status: 'NON_COMPLIANT', messageId: 'defaultKey' },
    },
  },
] satisfies RuleCase[];
