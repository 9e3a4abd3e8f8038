import { compliant, defineRule, insufficientData, nonCompliant, notApplicable } from '../../define.js';
import { credentialFacts } from '../../lib/credentials.js';

export default defineRule<Record<string, never>, 'mfa' | 'noMfa' | 'noPassword' | 'unknown'>({
  meta: {
    id: 'MFA_ENABLED_FOR_IAM_CONSOLE_ACCESS',
    title: 'IAM users with a console password have MFA',
    description:
      'Checks that every IAM user who can sign in to the console with a password has an MFA device (the credential report\'s password_enabled and mfa_active). Users without a console password are not applicable. The facts come from the credential report, so the rule needs live data.',
    severity: 'medium',
    resourceTypes: ['AWS::IAM::User'],
    managedRule: 'mfa-enabled-for-iam-console-access',
    frameworks: {
      FSBP: ['IAM.5'],
      'CIS-v1.4.0': ['1.10'],
      'CIS-v3.0.0': ['1.10'],
      'CIS-v5.0.0': ['1.9'],
      'NIST-800-53-r5': ['AC-2(1)', 'AC-3(15)', 'IA-2(1)', 'IA-2(2)', 'IA-2(6)', 'IA-2(8)'],
    },
    liveOnly: true,
    messages: {
      mfa: 'User {{id}} has a console password and MFA.',
      noMfa: 'User {{id}} can sign in to the console with a password and has no MFA.',
      noPassword: 'User {{id}} has no console password.',
      unknown: 'Whether user {{id}} has MFA is not known ({{reason}}).',
    },
    remediation: 'Assign an MFA device to the user (IAM console, `aws iam enable-mfa-device`), or remove the console password of users who do not need it.',
  },
  check(user) {
    const read = credentialFacts(user);
    if (!read.known) return insufficientData('unknown', { reason: read.reason }, []);
    if (read.facts.PasswordEnabled !== true) return notApplicable('noPassword', {}, []);
    const mfa = read.facts.MfaActive;
    if (mfa === true) return compliant('mfa', {}, []);
    if (mfa === false) return nonCompliant('noMfa', {}, []);
    return insufficientData('unknown', { reason: 'the MFA devices were not read' }, []);
  },
});
