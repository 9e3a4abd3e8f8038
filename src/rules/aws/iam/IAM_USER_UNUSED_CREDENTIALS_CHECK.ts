import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { isUnknown } from '../../../model/unknown.js';
import { isObject, type Value } from '../../../model/value.js';
import type { Verdict } from '../../types.js';

type MessageId = 'used' | 'noCredentials' | 'unusedPassword' | 'unusedKey' | 'noUsageData' | 'unknownUsage';

const DAY = 24 * 60 * 60 * 1000;

function time(value: Value | undefined): number | undefined {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? Date.parse(value) : undefined;
}

export default defineRule<{ maxCredentialUsageAge: number }, MessageId>({
  meta: {
    id: 'IAM_USER_UNUSED_CREDENTIALS_CHECK',
    title: 'IAM users have no credentials unused for longer than the allowed age',
    description:
      'Checks that every password and active access key of an IAM user was used (or, never used, set) within maxCredentialUsageAge days. Credentials nobody uses are a standing way in that nobody would miss; the usage comes from the IAM credential report, so the rule needs live data.',
    severity: 'medium',
    resourceTypes: ['AWS::IAM::User'],
    managedRule: 'iam-user-unused-credentials-check',
    frameworks: { FSBP: ['IAM.8'], 'CIS-v1.4.0': ['1.12'], 'CIS-v3.0.0': ['1.12'], 'CIS-v5.0.0': ['1.11'], 'NIST-800-53-r5': ['AC-2', 'AC-2(1)', 'AC-2(3)', 'AC-3', 'AC-3(15)', 'AC-3(7)', 'AC-6'], 'PCI-DSS-v3.2.1': ['8.1.4'] },
    liveOnly: true,
    parameters: {
      maxCredentialUsageAge: { type: 'integer', description: 'Days a password or active access key may go unused.', default: 90, minimum: 1, maximum: 365 },
    },
    messages: {
      used: 'Every credential of user {{id}} was used within {{days}} days.',
      noCredentials: 'User {{id}} has no password and no active access key.',
      unusedPassword: 'The password of user {{id}} was last {{what}} {{age}} days ago, more than {{days}} days.',
      unusedKey: 'Active access key {{key}} of user {{id}} was last {{what}} {{age}} days ago, more than {{days}} days.',
      noUsageData: 'The credential usage of user {{id}} is not known (no credential report row for it).',
      unknownUsage: 'The credential usage of user {{id}} is not known ({{reason}}).',
    },
    remediation: 'Remove the password (login profile) or deactivate and delete the access keys nobody uses; people who need access get it back on request.',
  },
  check(user, { params }) {
    const facts = user.observed?.Credentials;
    if (facts === undefined) return insufficientData('noUsageData', {}, []);
    if (isUnknown(facts)) return insufficientData('unknownUsage', { reason: facts.reason }, []);
    if (!isObject(facts)) return insufficientData('noUsageData', {}, []);
    const now = time(facts.AsOf);
    if (now === undefined) return insufficientData('unknownUsage', { reason: 'the report has no time' }, []);
    const days = params.maxCredentialUsageAge;
    const created = time(facts.UserCreationTime);
    const verdicts: Verdict<MessageId>[] = [];
    let credentials = 0;
    // Never used: the credential counts from when it was set (the managed rule's reading).
    const judge = (lastUsed: Value | undefined, setAt: Value | undefined, report: (what: string, age: number) => Verdict<MessageId>): void => {
      credentials += 1;
      const used = time(lastUsed);
      const since = used ?? time(setAt) ?? created;
      if (since === undefined) {
        verdicts.push(insufficientData('unknownUsage', { reason: 'neither last use nor creation is recorded' }, []));
        return;
      }
      const age = Math.floor((now - since) / DAY);
      if (age > days) verdicts.push(report(used === undefined ? 'set and never used,' : 'used', age));
    };
    if (facts.PasswordEnabled === true) {
      judge(facts.PasswordLastUsed, facts.PasswordLastChanged, (what, age) => nonCompliant('unusedPassword', { what, age, days }, []));
    }
    const keys = Array.isArray(facts.AccessKeys) ? facts.AccessKeys : [];
    keys.forEach((key, index) => {
      if (!isObject(key) || key.Active !== true) return;
      judge(key.LastUsed, key.LastRotated, (what, age) => nonCompliant('unusedKey', { key: index + 1, what, age, days }, []));
    });
    if (verdicts.length > 0) return verdicts;
    return credentials === 0 ? compliant('noCredentials', {}, []) : compliant('used', { days }, []);
  },
});
