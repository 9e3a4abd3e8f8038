import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { accountSetting, undecided } from '../../lib/account.js';

export default defineRule<Record<string, never>, 'enabled' | 'disabled' | 'malformed' | 'undeclared' | 'unknown'>({
  meta: {
    id: 'EC2_EBS_ENCRYPTION_BY_DEFAULT',
    title: 'EBS encryption by default is enabled in the account and region',
    description:
      'Checks that Amazon EBS encryption by default is on in the region, so every new volume and snapshot copy is encrypted whatever its creator asks. A template or plan that does not declare the setting (aws_ebs_encryption_by_default) says nothing about the account.',
    severity: 'medium',
    resourceTypes: ['AWS::::Account'],
    managedRule: 'ec2-ebs-encryption-by-default',
    frameworks: {
      FSBP: ['EC2.7'],
      'CIS-v1.4.0': ['2.2.1'],
      'CIS-v3.0.0': ['2.2.1'],
      'CIS-v5.0.0': ['5.1.1'],
      'NIST-800-53-r5': ['CA-9(1)', 'CM-3(6)', 'SC-13', 'SC-28', 'SC-28(1)', 'SC-7(10)', 'SI-7(6)'],
    },
    outsideCloudFormation: true,
    runbook: 'tosei-enable-ebs-default-encryption',
    messages: {
      enabled: 'EBS encryption by default is enabled.',
      disabled: 'EBS encryption by default is disabled: new volumes are encrypted only when their creator asks.',
      malformed: 'EBS encryption by default is not a boolean ({{value}}).',
      undeclared: 'This input does not declare EBS encryption by default.',
      unknown: 'Whether EBS encryption by default is enabled is not known ({{reason}}).',
    },
    remediation: 'Enable EBS encryption by default in every region (EC2 console, `aws ec2 enable-ebs-encryption-by-default`, or Terraform `aws_ebs_encryption_by_default` with `enabled = true`).',
  },
  check(account) {
    const fact = accountSetting(account, 'EbsEncryptionByDefault');
    const path = ['EbsEncryptionByDefault'];
    if (fact.kind !== 'known') return undecided(fact, { undeclared: 'undeclared', unknown: 'unknown' }, path);
    if (fact.value === true) return compliant('enabled', {}, path);
    if (fact.value === false || fact.value === null) return nonCompliant('disabled', {}, path);
    return insufficientData('malformed', { value: JSON.stringify(fact.value) }, path);
  },
});
