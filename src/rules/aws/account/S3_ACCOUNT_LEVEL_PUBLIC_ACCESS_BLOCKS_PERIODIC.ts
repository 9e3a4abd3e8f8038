import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { accountSetting, undecided } from '../../lib/account.js';
import { isUnknown } from '../../../model/unknown.js';
import { isObject } from '../../../model/value.js';
import type { Verdict } from '../../types.js';

type MessageId = 'blocked' | 'noBlock' | 'flagOff' | 'malformed' | 'undeclared' | 'unknown';
type Params = Record<'BlockPublicAcls' | 'IgnorePublicAcls' | 'BlockPublicPolicy' | 'RestrictPublicBuckets', boolean>;

const FLAGS = ['BlockPublicAcls', 'IgnorePublicAcls', 'BlockPublicPolicy', 'RestrictPublicBuckets'] as const;

export default defineRule<Params, MessageId>({
  meta: {
    id: 'S3_ACCOUNT_LEVEL_PUBLIC_ACCESS_BLOCKS_PERIODIC',
    title: 'S3 Block Public Access is on at the account level',
    description:
      'Checks that the account-level S3 Block Public Access settings the parameters enforce (all four by default) are on, so no bucket of the account can be made public by an ACL or a policy. A template or plan that does not declare them (aws_s3_account_public_access_block) says nothing about the account.',
    severity: 'high',
    resourceTypes: ['AWS::::Account'],
    managedRule: 's3-account-level-public-access-blocks-periodic',
    frameworks: {
      FSBP: ['S3.1'],
      'CIS-v1.4.0': ['2.1.5'],
      'CIS-v3.0.0': ['2.1.4'],
      'CIS-v5.0.0': ['2.1.4'],
      'NIST-800-53-r5': ['AC-21', 'AC-3', 'AC-3(7)', 'AC-4', 'AC-4(21)', 'AC-6', 'SC-7', 'SC-7(11)', 'SC-7(16)', 'SC-7(20)', 'SC-7(21)', 'SC-7(3)', 'SC-7(4)', 'SC-7(9)'],
      'PCI-DSS-v3.2.1': ['1.2.1', '1.3.1', '1.3.2', '1.3.4', '1.3.6'],
    },
    outsideCloudFormation: true,
    parameters: {
      BlockPublicAcls: { type: 'boolean', description: 'Require BlockPublicAcls (false: not enforced).', default: true },
      IgnorePublicAcls: { type: 'boolean', description: 'Require IgnorePublicAcls (false: not enforced).', default: true },
      BlockPublicPolicy: { type: 'boolean', description: 'Require BlockPublicPolicy (false: not enforced).', default: true },
      RestrictPublicBuckets: { type: 'boolean', description: 'Require RestrictPublicBuckets (false: not enforced).', default: true },
    },
    messages: {
      blocked: 'Account-level S3 Block Public Access enforces every required setting.',
      noBlock: 'The account has no S3 Block Public Access configuration: every setting is off.',
      flagOff: 'Account-level S3 Block Public Access does not turn on {{flag}}.',
      malformed: 'Account-level S3 Block Public Access {{flag}} is not a boolean ({{value}}).',
      undeclared: 'This input does not declare the account-level S3 Block Public Access.',
      unknown: 'The account-level S3 Block Public Access is not known ({{reason}}).',
    },
    remediation: 'Turn on all four Block Public Access settings for the account (S3 console, `aws s3control put-public-access-block`, or Terraform `aws_s3_account_public_access_block`).',
  },
  check(account, { params }) {
    const fact = accountSetting(account, 'PublicAccessBlock');
    if (fact.kind !== 'known') return undecided(fact, { undeclared: 'undeclared', unknown: 'unknown' }, ['PublicAccessBlock']);
    if (fact.value === null) return FLAGS.some((flag) => params[flag]) ? nonCompliant('noBlock', {}, ['PublicAccessBlock']) : compliant('blocked', {}, ['PublicAccessBlock']);
    const block = fact.value;
    if (!isObject(block)) return insufficientData('malformed', { flag: 'configuration', value: JSON.stringify(block) }, ['PublicAccessBlock']);
    const verdicts: Verdict<MessageId>[] = [];
    for (const flag of FLAGS) {
      if (!params[flag]) continue;
      const value = block[flag];
      const path = ['PublicAccessBlock', flag];
      if (isUnknown(value)) verdicts.push(insufficientData('unknown', { reason: `${flag}: ${value.reason}` }, path));
      else if (value === undefined || value === false) verdicts.push(nonCompliant('flagOff', { flag }, path));
      else if (value !== true) verdicts.push(insufficientData('malformed', { flag, value: JSON.stringify(value) }, path));
    }
    return verdicts.length > 0 ? verdicts : compliant('blocked', {}, ['PublicAccessBlock']);
  },
});
