import { buildConfigurationItem } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

function snapshotItem(snapshotId: string, permissions: unknown[] | undefined): Record<string, unknown> {
  return buildConfigurationItem(
    'AWS::EC2::Snapshot',
    { snapshotId, volumeId: 'vol-0123456789abcdef0', encrypted: false, state: 'completed', volumeSize: 8, ...(permissions ? { createVolumePermissions: permissions } : {}) },
    { resourceId: snapshotId },
  );
}

export default [
  {
    name: 'config: a public snapshot, one shared with an account, a private one, and one whose permissions were not read',
    items: [
      snapshotItem('snap-public', [{ group: 'all' }]),
      snapshotItem('snap-shared', [{ userId: '210987654321' }]),
      snapshotItem('snap-private', []),
      snapshotItem('snap-unread', undefined),
    ],
    expect: {
      'snap-public': { status: 'NON_COMPLIANT', messageId: 'public' },
      'snap-shared': { status: 'COMPLIANT', messageId: 'private', messageIncludes: '1 account' },
      'snap-private': { status: 'COMPLIANT', messageId: 'private' },
      'snap-unread': { status: 'INSUFFICIENT_DATA', messageId: 'unknownPermissions', messageIncludes: 'did not record' },
    },
  },
] satisfies RuleCase[];
