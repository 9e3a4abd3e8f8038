import { buildConfigurationItem as item, credentialReportCsv } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

const user = (name: string, id: string) => item('AWS::IAM::User', { path: '/', userName: name, userId: id, arn: `arn:aws:iam::123456789012:user/${name}`, createDate: '2025-01-01T00:00:00.000Z', userPolicyList: [], groupList: [], attachedManagedPolicies: [] }, { resourceId: id, resourceName: name });

export default [
  {
    name: 'config: console users with and without MFA, a programmatic user, and one the report does not list',
    items: [user('alice', 'AIDAALICE'), user('bob', 'AIDABOB'), user('robot', 'AIDAROBOT'), user('ghost', 'AIDAGHOST')],
    credentialReport: {
      generatedAt: '2026-12-01T08:00:00Z',
      csv: credentialReportCsv([
        { user: 'alice', mfa: true, password: { lastUsed: '2026-11-20T10:00:00+00:00' } },
        { user: 'bob', password: { lastUsed: '2026-11-20T10:00:00+00:00' } },
        { user: 'robot', keys: [{ active: true, lastRotated: '2026-11-01T00:00:00+00:00' }] },
      ]),
    },
    expect: {
      AIDAALICE: { status: 'COMPLIANT', messageId: 'mfa' },
      AIDABOB: { status: 'NON_COMPLIANT', messageId: 'noMfa' },
      AIDAROBOT: { status: 'NOT_APPLICABLE', messageId: 'noPassword' },
      AIDAGHOST: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
  {
    name: 'cloudformation: a template has no credential report',
    template: 'Resources:\n  Alice:\n    Type: AWS::IAM::User\n    Properties:\n      LoginProfile:\n        Password: "{{resolve:secretsmanager:alice}}"\n',
    expect: { Alice: 'NOT_APPLICABLE' },
  },
] satisfies RuleCase[];
