import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { credentialFacts } from '../../lib/credentials.js';

export default defineRule<Record<string, never>, 'mfa' | 'noMfa' | 'unknown'>({
  meta: {
    id: 'IAM_USER_MFA_ENABLED',
    title: 'IAM users have MFA',
    description:
      'Checks that every IAM user has an MFA device (the credential report\'s mfa_active), whatever credentials it has. The facts come from the credential report, so the rule needs live data.',
    severity: 'medium',
    resourceTypes: ['AWS::IAM::User'],
    managedRule: 'iam-user-mfa-enabled',
    frameworks: {
      'NIST-800-53-r5': ['AC-2(1)', 'AC-3(15)', 'IA-2(1)', 'IA-2(2)', 'IA-2(6)', 'IA-2(8)'],
      'PCI-DSS-v3.2.1': ['8.3.1'],
    },
    liveOnly: true,
    messages: {
      mfa: 'User {{id}} has MFA.',
      noMfa: 'User {{id}} has no MFA device.',
      unknown: 'Whether user {{id}} has MFA is not known ({{reason}}).',
    },
    remediation: 'Assign an MFA device to the user (IAM console, `aws iam enable-mfa-device`).',
  },
  check(user) {
    const read = credentialFacts(user);
    if (!read.known) return insufficientData('unknown', { reason: read.reason }, []);
    const mfa = read.facts.MfaActive;
    if (mfa === true) return compliant('mfa', {}, []);
    if (mfa === false) return nonCompliant('noMfa', {}, []);
    return insufficientData('unknown', { reason: 'the MFA devices were not read' }, []);
  },
});
