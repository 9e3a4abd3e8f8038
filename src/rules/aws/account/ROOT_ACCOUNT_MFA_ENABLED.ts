import { compliant, defineRule, insufficientData, nonCompliant, notApplicable } from '../../define.js';
import { rootFact } from '../../lib/root-user.js';

export default defineRule<Record<string, never>, 'mfa' | 'noMfa' | 'noCredentials' | 'unknown'>({
  meta: {
    id: 'ROOT_ACCOUNT_MFA_ENABLED',
    title: 'The root user signs in with MFA',
    description:
      'Checks that the root user of the account has multi-factor authentication (IAM GetAccountSummary AccountMFAEnabled), so its password alone does not open the account. A root user without any credential (an organization that manages root access centrally can remove them all) is not applicable, as in AWS Config. The fact is the account\'s, so the rule needs live data.',
    severity: 'critical',
    resourceTypes: ['AWS::::Account'],
    managedRule: 'root-account-mfa-enabled',
    frameworks: {
      'CIS-v1.4.0': ['1.5'],
      'CIS-v3.0.0': ['1.5'],
      'CIS-v5.0.0': ['1.4'],
      'NIST-800-53-r5': ['AC-2(1)', 'AC-3(15)', 'IA-2(1)', 'IA-2(2)', 'IA-2(6)', 'IA-2(8)'],
      'PCI-DSS-v3.2.1': ['8.3.1'],
    },
    liveOnly: true,
    messages: {
      mfa: 'The root user has MFA.',
      noMfa: 'The root user has no MFA.',
      noCredentials: 'The root user has no credentials (no password, access key, signing certificate or MFA device).',
      unknown: 'Whether the root user has MFA is not known ({{reason}}).',
    },
    remediation: 'Sign in as the root user and assign an MFA device (a hardware key or passkey is best) under Security credentials.',
  },
  check(account) {
    const fact = rootFact(account, 'MfaActive');
    if (!fact.known) return insufficientData('unknown', { reason: fact.reason }, []);
    if (fact.value) return compliant('mfa', {}, []);
    const credentials = rootFact(account, 'CredentialsPresent');
    if (!credentials.known) return insufficientData('unknown', { reason: credentials.reason }, []);
    return credentials.value ? nonCompliant('noMfa', {}, []) : notApplicable('noCredentials', {}, []);
  },
});
