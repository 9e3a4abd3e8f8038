import { buildConfigurationItem as item, credentialReportCsv } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

const user = (name: string, id: string) => item('AWS::IAM::User', { path: '/', userName: name, userId: id, arn: `arn:aws:iam::123456789012:user/${name}`, createDate: '2025-01-01T00:00:00.000Z', userPolicyList: [], groupList: [], attachedManagedPolicies: [] }, { resourceId: id, resourceName: name });

const csv = credentialReportCsv([
  { user: 'fresh', keys: [{ active: true, lastRotated: '2026-11-01T00:00:00+00:00' }] },
  { user: 'stale', keys: [{ active: true, lastRotated: '2026-11-01T00:00:00+00:00' }, { active: true, lastRotated: '2026-01-01T00:00:00+00:00' }] },
  { user: 'retired', keys: [{ active: false, lastRotated: '2024-01-01T00:00:00+00:00' }] },
  { user: 'human', password: { lastUsed: '2026-11-20T10:00:00+00:00' } },
  // Never used (last_used_date N/A): judged by when the key was made, like any other.
  { user: 'idle', keys: [{ active: true, lastRotated: '2026-06-01T00:00:00+00:00' }] },
  { user: 'new', keys: [{ active: true, lastRotated: '2026-11-25T00:00:00+00:00' }, { active: false, lastRotated: '2020-01-01T00:00:00+00:00', lastUsed: '2020-02-01T00:00:00+00:00' }] },
  // 90 days and 8 hours old at the report's time: 90 whole days, not more than the default 90.
  { user: 'edge', keys: [{ active: true, lastRotated: '2026-09-02T00:00:00+00:00' }] },
  { user: 'over', keys: [{ active: true, lastRotated: '2026-09-01T00:00:00+00:00' }] },
]);

export default [
  {
    name: 'config: a fresh key, a stale second key, an inactive old key and a user without keys',
    items: [user('fresh', 'AIDAFRESH'), user('stale', 'AIDASTALE'), user('retired', 'AIDARETIRED'), user('human', 'AIDAHUMAN')],
    credentialReport: { generatedAt: '2026-12-01T08:00:00Z', csv },
    expect: {
      AIDAFRESH: { status: 'COMPLIANT', messageId: 'rotated' },
      AIDASTALE: { status: 'NON_COMPLIANT', messageId: 'stale', messageIncludes: 'key 2 of user' },
      AIDARETIRED: { status: 'COMPLIANT', messageId: 'noActiveKeys' },
      AIDAHUMAN: { status: 'COMPLIANT', messageId: 'noActiveKeys' },
    },
  },
  {
    name: 'config: the default maxAccessKeyAge is 90 days; a key never used is judged by its age; an inactive old key is not judged',
    items: [user('idle', 'AIDAIDLE'), user('new', 'AIDANEW'), user('edge', 'AIDAEDGE'), user('over', 'AIDAOVER')],
    credentialReport: { generatedAt: '2026-12-01T08:00:00Z', csv },
    expect: {
      AIDAIDLE: { status: 'NON_COMPLIANT', messageId: 'stale', messageIncludes: '183 days old, more than 90' },
      AIDANEW: { status: 'COMPLIANT', messageId: 'rotated' },
      AIDAEDGE: { status: 'COMPLIANT', messageId: 'rotated' },
      AIDAOVER: { status: 'NON_COMPLIANT', messageId: 'stale', messageIncludes: '91 days old' },
    },
  },
  {
    name: 'config: maxAccessKeyAge 365 from the rule parameters (a string, as Config passes it)',
    params: { maxAccessKeyAge: '365' },
    items: [user('stale', 'AIDASTALE'), user('ghost', 'AIDAGHOST')],
    credentialReport: { generatedAt: '2026-12-01T08:00:00Z', csv },
    expect: { AIDASTALE: 'COMPLIANT', AIDAGHOST: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' } },
  },
  {
    name: 'config: AWS Config sets maxAccessKeyAge no upper bound: ten years',
    params: { maxAccessKeyAge: '3650' },
    items: [user('idle', 'AIDAIDLE')],
    credentialReport: { generatedAt: '2026-12-01T08:00:00Z', csv },
    expect: { AIDAIDLE: { status: 'COMPLIANT', messageId: 'rotated', messageIncludes: '3650 days' } },
  },
  {
    name: 'cloudformation: a template has no credential report',
    template: 'Resources:\n  Robot:\n    Type: AWS::IAM::User\n    Properties:\n      Path: /\n',
    expect: { Robot: 'NOT_APPLICABLE' },
  },
] satisfies RuleCase[];
