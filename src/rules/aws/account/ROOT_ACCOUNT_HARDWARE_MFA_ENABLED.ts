import { compliant, defineRule, insufficientData, nonCompliant, notApplicable } from '../../define.js';
import { rootFact } from '../../lib/root-user.js';

export default defineRule<Record<string, never>, 'hardware' | 'noMfa' | 'virtual' | 'noCredentials' | 'unknown'>({
  meta: {
    id: 'ROOT_ACCOUNT_HARDWARE_MFA_ENABLED',
    title: 'The root user signs in with a hardware MFA device',
    description:
      'Checks that the root user has MFA and that it is not a virtual device (no virtual MFA device is assigned to the root user: IAM GetAccountSummary and ListVirtualMFADevices). A virtual device lives on a phone that can be lost or copied. A root user without any credential (an organization that manages root access centrally can remove them all) is not applicable, as in AWS Config. The fact is the account\'s, so the rule needs live data.',
    severity: 'critical',
    resourceTypes: ['AWS::::Account'],
    managedRule: 'root-account-hardware-mfa-enabled',
    frameworks: {
      FSBP: ['IAM.6'],
      'CIS-v1.4.0': ['1.6'],
      'CIS-v3.0.0': ['1.6'],
      'CIS-v5.0.0': ['1.5'],
      'NIST-800-53-r5': ['AC-2(1)', 'AC-3(15)', 'IA-2(1)', 'IA-2(2)', 'IA-2(6)', 'IA-2(8)'],
      'PCI-DSS-v3.2.1': ['8.3.1'],
    },
    liveOnly: true,
    messages: {
      hardware: 'The root user has MFA, and no virtual MFA device is assigned to it.',
      noMfa: 'The root user has no MFA.',
      virtual: 'The root user\'s MFA is a virtual device.',
      noCredentials: 'The root user has no credentials (no password, access key, signing certificate or MFA device).',
      unknown: 'Whether the root user has a hardware MFA device is not known ({{reason}}).',
    },
    remediation: 'Sign in as the root user, remove the virtual MFA device and assign a hardware MFA device (or a FIDO security key) under Security credentials.',
  },
  check(account) {
    const mfa = rootFact(account, 'MfaActive');
    if (!mfa.known) return insufficientData('unknown', { reason: mfa.reason }, []);
    if (!mfa.value) {
      const credentials = rootFact(account, 'CredentialsPresent');
      if (!credentials.known) return insufficientData('unknown', { reason: credentials.reason }, []);
      return credentials.value ? nonCompliant('noMfa', {}, []) : notApplicable('noCredentials', {}, []);
    }
    const virtual = rootFact(account, 'VirtualMfa');
    if (!virtual.known) return insufficientData('unknown', { reason: virtual.reason }, []);
    return virtual.value ? nonCompliant('virtual', {}, []) : compliant('hardware', {}, []);
  },
});
