import { buildConfigurationItem as item, credentialReportCsv } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

/** An AWS::IAM::User item as Config records it (RDK example_ci/AWS_IAM_User.json shape). */
const user = (name: string, id: string) =>
  item('AWS::IAM::User', { path: '/', userName: name, userId: id, arn: `arn:aws:iam::123456789012:user/${name}`, createDate: '2025-01-01T00:00:00.000Z', userPolicyList: [], groupList: ['developers'], attachedManagedPolicies: [] }, { resourceId: id, resourceName: name, relationships: [['AWS::IAM::Group', 'AGPAJNIBGFRSRIKL7VAD6', 'Is attached to Group', 'developers']] });

const generatedAt = '2026-12-01T08:00:00Z';

export default [
  {
    name: 'config: passwords and keys used recently, long ago, and never',
    items: [user('active', 'AIDAACTIVE'), user('stale-password', 'AIDASTALEPW'), user('stale-key', 'AIDASTALEKEY'), user('never-used-key', 'AIDANEVER'), user('new-key', 'AIDANEW'), user('inactive-key', 'AIDAINACTIVE'), user('nothing', 'AIDANOTHING')],
    credentialReport: {
      generatedAt,
      csv: credentialReportCsv([
        { user: 'active', password: { lastUsed: '2026-11-20T10:00:00+00:00', lastChanged: '2025-02-01T00:00:00+00:00' }, keys: [{ active: true, lastUsed: '2026-11-30T00:00:00+00:00', lastRotated: '2025-02-01T00:00:00+00:00' }] },
        { user: 'stale-password', password: { lastUsed: '2026-06-01T10:00:00+00:00', lastChanged: '2025-02-01T00:00:00+00:00' } },
        { user: 'stale-key', keys: [{ active: true, lastUsed: '2026-11-30T00:00:00+00:00', lastRotated: '2025-02-01T00:00:00+00:00' }, { active: true, lastUsed: '2026-01-10T00:00:00+00:00', lastRotated: '2025-02-01T00:00:00+00:00' }] },
        { user: 'never-used-key', keys: [{ active: true, lastRotated: '2026-03-01T00:00:00+00:00' }] },
        { user: 'new-key', keys: [{ active: true, lastRotated: '2026-11-25T00:00:00+00:00' }] },
        { user: 'inactive-key', keys: [{ active: false, lastUsed: '2024-01-01T00:00:00+00:00', lastRotated: '2023-01-01T00:00:00+00:00' }] },
        { user: 'nothing' },
      ]),
    },
    expect: {
      AIDAACTIVE: { status: 'COMPLIANT', messageId: 'used' },
      AIDASTALEPW: { status: 'NON_COMPLIANT', messageId: 'unusedPassword', messageIncludes: '182 days' },
      AIDASTALEKEY: { status: 'NON_COMPLIANT', messageId: 'unusedKey', messageIncludes: 'key 2' },
      AIDANEVER: { status: 'NON_COMPLIANT', messageId: 'unusedKey', messageIncludes: 'never used' },
      AIDANEW: { status: 'COMPLIANT', messageId: 'used' },
      AIDAINACTIVE: { status: 'COMPLIANT', messageId: 'noCredentials' },
      AIDANOTHING: { status: 'COMPLIANT', messageId: 'noCredentials' },
    },
  },
  {
    name: 'config: maxCredentialUsageAge from the rule parameters (a string, as Config passes it)',
    params: { maxCredentialUsageAge: '200' },
    items: [user('stale-password', 'AIDASTALEPW'), user('older', 'AIDAOLDER')],
    credentialReport: {
      generatedAt,
      csv: credentialReportCsv([
        { user: 'stale-password', password: { lastUsed: '2026-06-01T10:00:00+00:00' } },
        { user: 'older', password: { lastUsed: '2026-03-01T10:00:00+00:00' } },
      ]),
    },
    expect: { AIDASTALEPW: 'COMPLIANT', AIDAOLDER: { status: 'NON_COMPLIANT', messageId: 'unusedPassword' } },
  },
  {
    name: 'config: a user without a credential report row, an API-form item, and a deleted user',
    items: [
      user('unreported', 'AIDAUNREPORTED'),
      item('AWS::IAM::User', { userName: 'api-form', userId: 'AIDAAPI', path: '/', userPolicyList: [], attachedManagedPolicies: [] }, { resourceId: 'AIDAAPI', resourceName: 'api-form', form: 'api' }),
      item('AWS::IAM::User', null, { resourceId: 'AIDAGONE', resourceName: 'gone', status: 'ResourceDeleted' }),
    ],
    credentialReport: { generatedAt, csv: credentialReportCsv([{ user: 'api-form', keys: [{ active: true, lastUsed: '2025-05-01T00:00:00+00:00', lastRotated: '2025-01-01T00:00:00+00:00' }] }]) },
    expect: {
      AIDAUNREPORTED: { status: 'INSUFFICIENT_DATA', messageId: 'noUsageData' },
      AIDAAPI: { status: 'NON_COMPLIANT', messageId: 'unusedKey' },
      AIDAGONE: 'NOT_APPLICABLE',
    },
  },
  {
    name: 'cloudformation: a template has no credential usage, so the rule does not apply',
    template: 'Resources:\n  Alice:\n    Type: AWS::IAM::User\n    Properties:\n      LoginProfile:\n        Password: "{{resolve:secretsmanager:alice}}"\n',
    expect: { Alice: 'NOT_APPLICABLE' },
  },
] satisfies RuleCase[];
