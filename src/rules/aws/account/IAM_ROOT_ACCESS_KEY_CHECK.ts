import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { rootFact } from '../../lib/root-user.js';

export default defineRule<Record<string, never>, 'noKeys' | 'keys' | 'unknown'>({
  meta: {
    id: 'IAM_ROOT_ACCESS_KEY_CHECK',
    title: 'The root user has no access keys',
    description:
      'Checks that the root user of the account has no access keys (IAM GetAccountSummary AccountAccessKeysPresent). Root keys can do anything in the account and can not be limited by any policy; the fact is the account\'s, so the rule needs live data.',
    severity: 'critical',
    resourceTypes: ['AWS::::Account'],
    managedRule: 'iam-root-access-key-check',
    frameworks: {
      FSBP: ['IAM.4'],
      'CIS-v1.4.0': ['1.4'],
      'CIS-v3.0.0': ['1.4'],
      'CIS-v5.0.0': ['1.3'],
      'NIST-800-53-r5': ['AC-2(1)', 'AC-3(15)', 'AC-3(7)', 'AC-6', 'AC-6(10)', 'AC-6(2)'],
      'PCI-DSS-v3.2.1': ['2.1', '2.2', '7.2.1'],
    },
    liveOnly: true,
    messages: {
      noKeys: 'The root user has no access keys.',
      keys: 'The root user has access keys.',
      unknown: 'Whether the root user has access keys is not known ({{reason}}).',
    },
    remediation: 'Sign in as the root user, delete its access keys (Security credentials), and use IAM roles or users with least privilege instead.',
  },
  check(account) {
    const fact = rootFact(account, 'AccessKeysPresent');
    if (!fact.known) return insufficientData('unknown', { reason: fact.reason }, []);
    return fact.value ? nonCompliant('keys', {}, []) : compliant('noKeys', {}, []);
  },
});
