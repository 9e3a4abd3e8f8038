import { buildConfigurationItem as item, credentialReportCsv } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

const user = (name: string, id: string) => item('AWS::IAM::User', { path: '/', userName: name, userId: id, arn: `arn:aws:iam::123456789012:user/${name}`, createDate: '2025-01-01T00:00:00.000Z', userPolicyList: [], groupList: [], attachedManagedPolicies: [] }, { resourceId: id, resourceName: name });

export default [
  {
    name: 'config: users with and without MFA',
    items: [user('alice', 'AIDAALICE'), user('robot', 'AIDAROBOT')],
    credentialReport: {
      generatedAt: '2026-12-01T08:00:00Z',
      csv: credentialReportCsv([
        { user: 'alice', mfa: true, password: { lastUsed: '2026-11-20T10:00:00+00:00' } },
        { user: 'robot', keys: [{ active: true, lastRotated: '2026-11-01T00:00:00+00:00' }] },
      ]),
    },
    expect: { AIDAALICE: { status: 'COMPLIANT', messageId: 'mfa' }, AIDAROBOT: { status: 'NON_COMPLIANT', messageId: 'noMfa' } },
  },
  {
    name: 'config: a user without a credential report row',
    items: [user('ghost', 'AIDAGHOST')],
    expect: { AIDAGHOST: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' } },
  },
  {
    name: 'cloudformation: a template has no credential report',
    template: 'Resources:\n  Alice:\n    Type: AWS::IAM::User\n    Properties:\n      Path: /\n',
    expect: { Alice: 'NOT_APPLICABLE' },
  },
] satisfies RuleCase[];
