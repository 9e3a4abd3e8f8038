import { buildConfigurationItem as item, instanceItem } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

/** AWS::EC2::Volume as Config records it (RDK example_ci/AWS_EC2_Volume.json). */
const volume = (volumeId: string, encrypted: boolean, kmsKeyId?: string) =>
  item('AWS::EC2::Volume', { volumeId, size: 8, snapshotId: 'snap-2a2a8752', availabilityZone: 'us-east-1c', state: 'in-use', createTime: '2026-01-15T09:30:00.000Z', attachments: [], tags: [], volumeType: 'gp3', iops: 3000, encrypted, ...(kmsKeyId ? { kmsKeyId } : {}) }, { relationships: [['AWS::EC2::Instance', 'i-web', 'Is attached to Instance']] });

export default [
  {
    name: 'config: encrypted and unencrypted volumes, and instances whose volumes are (not) among the items',
    items: [volume('vol-encrypted', true, 'arn:aws:kms:us-east-1:123456789012:key/bd41e26b-d347-4c59-ab0b-32aee30fcf8d'), volume('vol-plain', false), instanceItem('i-web', { volumes: ['vol-encrypted'] }), instanceItem('i-db', { volumes: ['vol-encrypted', 'vol-plain'] }), instanceItem('i-elsewhere', { volumes: ['vol-unlisted'] })],
    expect: {
      'vol-encrypted': { status: 'COMPLIANT', messageId: 'volumeEncrypted' },
      'vol-plain': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
      'i-web': { status: 'COMPLIANT', messageId: 'encrypted' },
      'i-db': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
      'i-elsewhere': { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncrypted' },
    },
  },
] satisfies RuleCase[];
